using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Karsa.Application.Access;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Testing;
using Karsa.Web.Tests.Portal;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Indicators;

/// <summary>
/// The indicator dashboard stays light with years of monthly data and many indicators: per indicator the
/// newest twelve observations in the table and as dots, the whole series as a CSV download, twenty
/// indicators a page.
/// </summary>
public sealed class IndicatorPageSizeTests
{
    [Fact]
    public async Task An_indicator_with_thirty_monthly_observations_lists_the_newest_twelve_and_downloads_all_thirty()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, IndicatorSamples.WithIndicators(PortalPlans.Adopted()));
        await using var app = new KarsaWebFactory(database, loadSample: false);
        var planner = await app.CreateUserAsync("perencana", Role.Planner, "33.13");
        using var plannerApi = app.ApiClient(await app.CreateTokenAsync(planner));
        var months = Enumerable.Range(0, 30).Select(i => new DateOnly(2024, 1, 1).AddMonths(i)).ToList();
        var csv = "region,framework,code,period,value,source\n" + string.Concat(months.Select((m, i) =>
            $"33.13,local,IND-1,{m.ToString("yyyy-MM", CultureInfo.InvariantCulture)},{40 + i},BPS\n"));
        Assert.Equal(HttpStatusCode.OK, (await PostCsvAsync(plannerApi, csv)).StatusCode);
        using var anonymous = app.CreateClient();

        var page = PortalPlans.Parse(await anonymous.GetStringAsync(new Uri("/publik/33.13/indikator?lang=en", UriKind.Relative)));

        var section = Assert.Single(page.QuerySelectorAll("section.indicator"));
        var listed = section.QuerySelectorAll("table tbody tr").Select(r => r.Children[0].TextContent.Trim()).Where(p => p.Contains('-', StringComparison.Ordinal)).ToList();
        Assert.Equal([.. months.Skip(18).Select(m => m.ToString("yyyy-MM", CultureInfo.InvariantCulture))], listed);
        Assert.Contains("the last 12 of 30 observations", section.QuerySelector("table caption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("30 observations (solid line)", section.QuerySelector("svg desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(12, section.QuerySelectorAll("svg circle").Length);
        var download = section.QuerySelector("a[download]")!.GetAttribute("href")!;
        Assert.Equal("/api/v1/public/regions/33.13/observations?framework=local&code=IND-1", download);
        var series = await anonymous.GetStringAsync(new Uri(download, UriKind.Relative));
        Assert.Equal(31, series.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_plan_with_45_indicators_shows_them_twenty_a_page_with_links_between_the_pages()
    {
        using var database = TestDatabases.Sqlite();
        var indicators = Enumerable.Range(1, 45).Select(i => new Indicator(new IndicatorCode($"IND-{i:00}"), new LocalizedText($"Indikator {i:00}", $"Indicator {i:00}"), "%",
            IndicatorFramework.Local, IndicatorDirection.HigherIsBetter)).ToValueList();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted() with { Indicators = indicators, Targets = [] });
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var anonymous = app.CreateClient();

        var first = PortalPlans.Parse(await anonymous.GetStringAsync(new Uri("/publik/33.13/indikator?lang=en", UriKind.Relative)));
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var last = PortalPlans.Parse(await anonymous.GetStringAsync(new Uri("/publik/33.13/indikator?lang=en&mulai=40", UriKind.Relative)));

        Assert.Equal(20, first.QuerySelectorAll("section.indicator").Length);
        Assert.Equal("Indicator 01", first.QuerySelector("section.indicator h3")!.ChildNodes[0].TextContent.Trim());
        Assert.Equal("/publik/33.13/indikator?mulai=20", next);
        Assert.Equal(["Indicator 41", "Indicator 42", "Indicator 43", "Indicator 44", "Indicator 45"],
            last.QuerySelectorAll("section.indicator h3").Select(h => h.ChildNodes[0].TextContent.Trim()));
        Assert.Null(last.QuerySelector("nav.pager a[rel=next]"));
        var counts = first.QuerySelectorAll("ul.indicator-counts li");
        Assert.Equal("45", counts[counts.Length - 1].TextContent.Trim().Split(' ')[^1]);
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
