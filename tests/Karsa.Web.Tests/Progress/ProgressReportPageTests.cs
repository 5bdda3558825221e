using System.Net;
using Karsa.Web.Tests.Api;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Progress;

/// <summary>The report form of one programme and year: a decimal percent is read the same with a point or a comma.</summary>
public sealed class ProgressReportPageTests
{
    private const string Page = "/wilayah/33.13/kemajuan/GOV-01/2022";

    [Theory]
    [InlineData("12.5")]
    [InlineData("12,5")]
    public async Task A_decimal_percent_is_saved_as_typed_whether_with_a_point_or_a_comma(string typed)
    {
        await using var host = await PlanApiHost.StartAsync(TestDatabases.Sqlite());
        await host.PublishAsync(1);
        using var client = await host.App.SignedInClientAsync("perencana");
        var token = KarsaWebFactory.AntiforgeryToken(await client.GetStringAsync(new Uri(Page, UriKind.Relative)));

        using var posted = await PostAsync(client, token, typed);
        var (report, _) = await PlanApiHost.ReadAsync(host.Planner, PlanApiHost.At("progress/programmes/GOV-01/2022"));

        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, await posted.Content.ReadAsStringAsync());
        Assert.Contains("\"percent\":12.5", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_percent_that_is_no_number_is_refused_at_its_field_and_kept_as_typed()
    {
        await using var host = await PlanApiHost.StartAsync(TestDatabases.Sqlite());
        await host.PublishAsync(1);
        using var client = await host.App.SignedInClientAsync("perencana");
        var token = KarsaWebFactory.AntiforgeryToken(await client.GetStringAsync(new Uri(Page, UriKind.Relative)));

        using var posted = await PostAsync(client, token, "dua belas");
        var html = await posted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("KRS005", html, StringComparison.Ordinal);
        Assert.Contains("value=\"dua belas\"", html, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string token, string percent) =>
        client.PostAsync(new Uri(Page, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Status"] = "berjalan",
            ["Percent"] = percent,
            ["Revision"] = "0",
            ["Realised[apbd]"] = "",
            ["Notes"] = "",
        }));
}
