using System.Net;
using Karsa.Application.Access;
using Karsa.Web.Tests.Api;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Progress;

/// <summary>The progress settings' page and API: planners change statuses and weights, with errors at their fields; others read.</summary>
public sealed class ProgressSettingsTests
{
    private const string Page = "/wilayah/33.13/kemajuan/pengaturan";

    private const string SetWeights = """
        {"statuses": [
          {"key": "belum-mulai", "name": {"id": "Belum mulai", "en": "Not started"}, "defaultPercent": 0, "meaning": "not-started"},
          {"key": "berjalan", "name": {"id": "Berjalan"}, "defaultPercent": 50, "meaning": "under-way"},
          {"key": "selesai", "name": {"id": "Selesai", "en": "Completed"}, "defaultPercent": 100, "meaning": "completed"}],
         "weighting": "set-weights", "weights": {"GOV-01": 2}, "revision": 0}
        """;

    [Fact]
    public async Task A_planner_sets_weights_over_the_api_and_an_agency_reporter_may_read_but_not_change_them()
    {
        await using var host = await PlanApiHost.StartAsync(TestDatabases.Sqlite());
        await host.PublishAsync(1);
        using var reporter = await host.ClientAsync("opd-kominfo", Role.AgencyReporter, PlanApiHost.Region, "DISKOMINFO");

        using var refused = await PlanApiHost.SendAsync(reporter, HttpMethod.Put, PlanApiHost.At("progress/settings"), body: PlanApiHost.Json(SetWeights));
        using var badMeaning = await PlanApiHost.SendAsync(host.Planner, HttpMethod.Put, PlanApiHost.At("progress/settings"),
            body: PlanApiHost.Json(SetWeights.Replace("\"completed\"", "\"done\"", StringComparison.Ordinal)));
        using var saved = await PlanApiHost.SendAsync(host.Planner, HttpMethod.Put, PlanApiHost.At("progress/settings"), body: PlanApiHost.Json(SetWeights));
        using var stale = await PlanApiHost.SendAsync(host.Planner, HttpMethod.Put, PlanApiHost.At("progress/settings"), body: PlanApiHost.Json(SetWeights));
        var (read, _) = await PlanApiHost.ReadAsync(reporter, PlanApiHost.At("progress/settings"));
        var (overview, _) = await PlanApiHost.ReadAsync(host.Planner, PlanApiHost.At("progress?year=2022"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badMeaning.StatusCode);
        Assert.Contains("statuses[2].meaning", await badMeaning.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("\"weighting\":\"set-weights\"", read, StringComparison.Ordinal);
        Assert.Contains("\"weights\":{\"GOV-01\":2}", read, StringComparison.Ordinal);
        Assert.Contains("\"mayChange\":false", read, StringComparison.Ordinal);
        Assert.Contains("\"rule\":\"SetWeights\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_planner_adds_a_status_on_the_page_after_an_error_that_keeps_what_was_typed()
    {
        await using var host = await PlanApiHost.StartAsync(TestDatabases.Sqlite());
        await host.PublishAsync(1);
        using var client = await host.App.SignedInClientAsync("perencana");
        var opened = await client.GetStringAsync(new Uri(Page, UriKind.Relative));
        var token = KarsaWebFactory.AntiforgeryToken(opened);

        using var wrong = await PostAsync(client, token, "tunda", "12,x");
        var html = await wrong.Content.ReadAsStringAsync();
        using var right = await PostAsync(client, token, "ditunda", "12,5");
        var after = await client.GetStringAsync(new Uri(Page, UriKind.Relative));

        Assert.Contains("name=\"Statuses[5].Key\" value=\"dibatalkan\"", opened, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("KRS005", html, StringComparison.Ordinal);
        Assert.Contains("value=\"tunda\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"12,x\"", html, StringComparison.Ordinal);
        Assert.True(right.StatusCode == HttpStatusCode.Redirect, await right.Content.ReadAsStringAsync());
        Assert.Contains("name=\"Statuses[6].Key\" value=\"ditunda\"", after, StringComparison.Ordinal);
        Assert.Contains("name=\"Statuses[6].Percent\" value=\"12,5\"", after, StringComparison.Ordinal);
        Assert.Contains("revisi 1", after, StringComparison.Ordinal);
    }

    /// <summary>The shipped six statuses as the page shows them, plus one typed in the first blank row.</summary>
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string key, string percent)
    {
        var fields = new Dictionary<string, string>
        {
            ["Revision"] = "0",
            ["SetWeights"] = "false",
            ["__RequestVerificationToken"] = token,
            ["Statuses[6].Key"] = key,
            ["Statuses[6].Indonesian"] = "Ditunda",
            ["Statuses[6].Percent"] = percent,
            ["Statuses[6].Meaning"] = "Stalled",
        };
        var shipped = Karsa.Monitoring.Progress.Reports.ProgressStatusList.Default.Statuses;
        for (var i = 0; i < shipped.Count; i++)
        {
            fields[$"Statuses[{i}].Key"] = shipped[i].Key;
            fields[$"Statuses[{i}].Indonesian"] = shipped[i].Name.Indonesian;
            fields[$"Statuses[{i}].Percent"] = shipped[i].DefaultPercent.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Statuses[{i}].Meaning"] = shipped[i].Meaning.ToString();
        }

        return client.PostAsync(new Uri(Page, UriKind.Relative), new FormUrlEncodedContent(fields));
    }
}
