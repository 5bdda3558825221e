using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Karsa.Application.Access;
using Karsa.Testing;
using Karsa.Web.Tests.Portal;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Indicators;

/// <summary>The indicator pages and API: upload with errors at line and column, the dashboard with its chart and table, counts on the region's pages.</summary>
public sealed class IndicatorPagesTests
{
    private const string Wrong = "region;framework;code;period;value;source\n33.13;local;IND-1;2025;50;BPS\n33.13;local;IND-1;2026-13;54;BPS\n";
    private const string Right = "region;framework;code;period;value;source\n33.13;local;IND-1;2025;50;BPS\n33.13;local;IND-1;2026;53,5;Diskominfo\n";

    [Fact]
    public async Task A_planner_sees_a_wrong_upload_at_its_line_and_column_then_the_right_one_on_the_dashboard_chart_and_table()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, IndicatorSamples.WithIndicators(PortalPlans.Adopted()));
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("perencana", Role.Planner, "33.13");
        await app.CreateUserAsync("pemirsa", Role.Viewer, "33.13");
        using var planner = await app.SignedInClientAsync("perencana");

        var refused = await UploadAsync(planner, Wrong, "data.csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusal = PortalPlans.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains(refusal.QuerySelectorAll("[role=alert] ul.diagnostics li"), li => li.TextContent.Contains("data.csv:3:19", StringComparison.Ordinal)
            && li.TextContent.Contains("KRS122", StringComparison.Ordinal));
        using var anonymous = app.CreateClient();
        var before = PortalPlans.Parse(await anonymous.GetStringAsync(new Uri("/publik/33.13/indikator?lang=en", UriKind.Relative)));
        Assert.DoesNotContain(before.QuerySelectorAll("section.indicator table tbody tr"), r => r.TextContent.Contains("Observation", StringComparison.Ordinal));

        var accepted = await UploadAsync(planner, Right, "data.csv");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var page = PortalPlans.Parse(await anonymous.GetStringAsync(new Uri("/publik/33.13/indikator?lang=en", UriKind.Relative)));
        var section = Assert.Single(page.QuerySelectorAll("section.indicator"));
        Assert.Equal("Trend of Household internet access", section.QuerySelector("svg title")!.TextContent);
        Assert.Contains("2 observations (solid line)", section.QuerySelector("svg desc")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(section.QuerySelector("svg polyline.observed"));
        var rows = section.QuerySelectorAll("table tbody tr").Select(r => string.Join('|', r.Children.Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(["2024|Baseline|40|plan", "2025|Target|52|plan", "2027|Target|70|plan", "2025|Observation|50|BPS", "2026|Observation|53,5|Diskominfo"], rows);
        Assert.NotNull(section.QuerySelector("h3 .badge"));
    }

    [Fact]
    public async Task The_API_gives_the_status_on_a_date_and_the_observations_as_CSV_and_only_planners_upload()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, IndicatorSamples.WithIndicators(PortalPlans.Adopted()));
        await using var app = new KarsaWebFactory(database, loadSample: false);
        var planner = await app.CreateUserAsync("perencana", Role.Planner, "33.13");
        var viewer = await app.CreateUserAsync("pemirsa", Role.Viewer, "33.13");
        using var plannerApi = app.ApiClient(await app.CreateTokenAsync(planner));
        using var viewerApi = app.ApiClient(await app.CreateTokenAsync(viewer));

        Assert.Equal(HttpStatusCode.Forbidden, (await PostCsvAsync(viewerApi, Right)).StatusCode);
        var wrong = await PostCsvAsync(plannerApi, Wrong);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("obs.csv:3:19", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await PostCsvAsync(plannerApi, Right)).StatusCode);

        using var anonymous = app.ApiClient(null);
        using var json = JsonDocument.Parse(await anonymous.GetStringAsync(new Uri("/api/v1/public/regions/33.13/indicators?asOf=2026-12-31", UriKind.Relative)));
        var line = json.RootElement.GetProperty("indicators")[0];
        Assert.Equal(("at-risk", 61m, 0.25m), (line.GetProperty("status").GetString(), line.GetProperty("expected").GetDecimal(), line.GetProperty("shortfall").GetDecimal()));
        Assert.Equal(1, json.RootElement.GetProperty("counts").GetProperty("at-risk").GetInt32());
        var csv = await anonymous.GetStringAsync(new Uri("/api/v1/public/regions/33.13/observations", UriKind.Relative));
        Assert.Equal("region,framework,code,period,value,source,evidence\n33.13,local,IND-1,2025,50,BPS,\n33.13,local,IND-1,2026,53.5,Diskominfo,\n", csv);
    }

    [Fact]
    public async Task The_region_dashboard_and_the_public_plan_page_show_the_indicator_counts_with_a_link()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, IndicatorSamples.WithIndicators(PortalPlans.Adopted()));
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("pemirsa", Role.Viewer, "33.13");
        using var viewer = await app.SignedInClientAsync("pemirsa");
        using var anonymous = app.CreateClient();

        foreach (var (client, path) in new[] { (viewer, "/wilayah/33.13?lang=en"), (anonymous, "/publik/33.13?lang=en") })
        {
            var page = PortalPlans.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
            var counts = page.QuerySelector("ul.indicator-counts")!.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
            Assert.Equal(["On track 0", "At risk 0", "Off track 0", "Not reported, stale or without target 1"], counts);
            Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/publik/33.13/indikator");
        }

        // The public page is cached for anonymous visitors; a new observation (last month's, far ahead of the trajectory) shows at once.
        var planner = await app.CreateUserAsync("perencana", Role.Planner, "33.13");
        using var plannerApi = app.ApiClient(await app.CreateTokenAsync(planner));
        var lastMonth = DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await PostCsvAsync(plannerApi, $"region,framework,code,period,value,source\n33.13,local,IND-1,{lastMonth},1000,BPS\n")).StatusCode);
        var after = PortalPlans.Parse(await anonymous.GetStringAsync(new Uri("/publik/33.13?lang=en", UriKind.Relative)));
        Assert.Equal("On track 1", after.QuerySelector("ul.indicator-counts li")!.TextContent.Trim());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string text, string fileName)
    {
        var token = KarsaWebFactory.AntiforgeryToken(await client.GetStringAsync(new Uri("/wilayah/33.13/indikator/unggah", UriKind.Relative)));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new StringContent(text);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(new Uri("/wilayah/33.13/indikator/unggah?lang=en", UriKind.Relative), form);
    }

    private static async Task<HttpResponseMessage> PostCsvAsync(HttpClient client, string text)
    {
        using var form = new MultipartFormDataContent();
        var file = new StringContent(text);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "obs.csv");
        return await client.PostAsync(new Uri("/api/v1/regions/33.13/observations", UriKind.Relative), form);
    }
}
