using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Karsa.Domain.Primitives;
using Karsa.Testing;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Portal;

/// <summary>The public portal: published plans only, never anything of a draft; on SQLite and PostgreSQL.</summary>
public sealed class PublicPortalTests
{
    private const string DraftOnlyName = "RAHASIA-DRAF-LIV03";

    [Fact]
    public Task A_region_with_only_a_draft_is_not_on_the_portal_on_sqlite() => DraftOnlyRegionIsHidden(TestDatabases.Sqlite());

    [SkippableFact]
    public Task A_region_with_only_a_draft_is_not_on_the_portal_on_postgres() => DraftOnlyRegionIsHidden(TestDatabases.Postgres());

    [Fact]
    public Task Published_v1_with_a_draft_v2_shows_v1_only_on_sqlite() => PublishedVersionOnly(TestDatabases.Sqlite());

    [SkippableFact]
    public Task Published_v1_with_a_draft_v2_shows_v1_only_on_postgres() => PublishedVersionOnly(TestDatabases.Postgres());

    [Fact]
    public async Task The_home_page_lists_published_regions_filtered_by_province_and_search()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted("33.13", "Karanganyar", "Jawa Tengah"));
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted("35.07", "Malang", "Jawa Timur"));
        await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted("33.72", "Surakarta", "Jawa Tengah"));
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var client = app.CreateClient();

        var all = PortalPlans.Parse(await client.GetStringAsync(new Uri("/", UriKind.Relative)));
        Assert.Equal(["/publik/33.13", "/publik/35.07"], all.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["", "Jawa Tengah", "Jawa Timur"], all.QuerySelectorAll("#provinsi option").Select(o => o.GetAttribute("value")));

        var east = PortalPlans.Parse(await client.GetStringAsync(new Uri("/?provinsi=Jawa%20Timur", UriKind.Relative)));
        Assert.Equal(["/publik/35.07"], east.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")));

        var search = PortalPlans.Parse(await client.GetStringAsync(new Uri("/?q=karang", UriKind.Relative)));
        Assert.Equal(["/publik/33.13"], search.QuerySelectorAll("tbody a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_published_plan_page_shows_programmes_with_terms_quick_wins_and_the_roadmap_charts()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var client = app.CreateClient();

        var page = PortalPlans.Parse(await client.GetStringAsync(new Uri("/publik/33.13?lang=en", UriKind.Relative)));
        var rows = page.QuerySelectorAll("table.programmes tbody tr").ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children[3].TextContent.Trim());
        Assert.Equal("Quick win", rows["GOV-01"]);
        Assert.Equal("Short term", rows["GOV-02"]);
        Assert.Equal("Not scheduled", rows["LIV-03"]);
        Assert.Contains(page.QuerySelectorAll("ul.quick-wins li"), li => li.TextContent.Contains("GOV-01", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("figure.chart svg"));
        Assert.NotNull(page.QuerySelector("a[href='/publik/33.13/buku.pdf']"));

        var roadmap = PortalPlans.Parse(await client.GetStringAsync(new Uri("/publik/33.13/peta-jalan", UriKind.Relative)));
        Assert.Contains(roadmap.QuerySelectorAll("figure.chart svg title"), t => t.TextContent.StartsWith("Gantt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_public_book_downloads_as_docx_and_html_of_the_published_version()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        await PortalPlans.ImportAsync(database.Db, WithDraftChange(PortalPlans.Adopted()));
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var client = app.CreateClient();

        var docx = await client.GetAsync(new Uri("/publik/33.13/buku.docx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        Assert.Equal("33.13-masterplan-v1.docx", docx.Content.Headers.ContentDisposition?.FileNameStar ?? docx.Content.Headers.ContentDisposition?.FileName);

        var html = await client.GetStringAsync(new Uri("/publik/33.13/buku.html", UriKind.Relative));
        Assert.Contains("GOV-02", html, StringComparison.Ordinal);
        Assert.DoesNotContain(DraftOnlyName, html, StringComparison.Ordinal);
    }

    private static async Task DraftOnlyRegionIsHidden(TestDatabase database)
    {
        using (database)
        {
            await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted());
            await using var app = new KarsaWebFactory(database, loadSample: false);
            using var client = app.CreateClient();

            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/publik/33.13", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/publik/33.13/peta-jalan", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/publik/33.13/buku.html", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/public/regions/33.13", UriKind.Relative))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/public/regions/33.13/roadmap", UriKind.Relative))).StatusCode);
            var home = await client.GetStringAsync(new Uri("/", UriKind.Relative));
            Assert.DoesNotContain("/publik/33.13", home, StringComparison.Ordinal);
            using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/public/regions", UriKind.Relative)));
            Assert.Equal(0, list.RootElement.GetProperty("total").GetInt32());
        }
    }

    private static async Task PublishedVersionOnly(TestDatabase database)
    {
        using (database)
        {
            var v1 = PortalPlans.Adopted();
            await PortalPlans.PublishAsync(database.Db, v1);
            await PortalPlans.ImportAsync(database.Db, WithDraftChange(v1));
            await using var app = new KarsaWebFactory(database, loadSample: false);
            using var client = app.CreateClient();

            var html = await client.GetStringAsync(new Uri("/publik/33.13", UriKind.Relative));
            Assert.Contains("Masterplan Smart City Karanganyar", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Judul draf v2", html, StringComparison.Ordinal);
            Assert.DoesNotContain(DraftOnlyName, html, StringComparison.Ordinal);
            Assert.Contains("versi 1", html, StringComparison.Ordinal);
            Assert.DoesNotContain(DraftOnlyName, await client.GetStringAsync(new Uri("/publik/33.13/peta-jalan", UriKind.Relative)), StringComparison.Ordinal);

            var summary = await client.GetAsync(new Uri("/api/v1/public/regions/33.13", UriKind.Relative));
            var body = await summary.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, summary.StatusCode);
            Assert.DoesNotContain(DraftOnlyName, body, StringComparison.Ordinal);
            using var plan = JsonDocument.Parse(body);
            Assert.Equal(1, plan.RootElement.GetProperty("version").GetInt32());
            Assert.NotNull(summary.Headers.ETag);

            var roadmap = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/public/regions/33.13/roadmap", UriKind.Relative));
            Assert.True(roadmap.GetProperty("adopted").GetBoolean());
            Assert.Equal(1, roadmap.GetProperty("version").GetInt32());
            Assert.DoesNotContain(DraftOnlyName, roadmap.GetRawText(), StringComparison.Ordinal);

            using var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/public/regions", UriKind.Relative)));
            var only = Assert.Single(list.RootElement.GetProperty("items").EnumerateArray());
            Assert.Equal(1, only.GetProperty("version").GetInt32());
            Assert.Equal("Masterplan Smart City Karanganyar", only.GetProperty("title").GetString());
        }
    }

    /// <summary>The plan with a new title and LIV-03 renamed: what a draft v2 says that v1 does not.</summary>
    internal static Domain.Plans.MasterplanContent WithDraftChange(Domain.Plans.MasterplanContent plan) => plan with
    {
        Title = new LocalizedText("Judul draf v2"),
        Programmes = plan.Programmes.Select(p => p.Code.Value == "LIV-03" ? RenamedLiv03(p) : p).ToValueList(),
    };

    private static Domain.Programmes.Programme RenamedLiv03(Domain.Programmes.Programme p) =>
        new(p.Code, new LocalizedText(DraftOnlyName), p.Dimension, p.Element, p.LeadAgency, p.DurationYears, p.Costs, p.Kind, p.Description, p.SupportingAgencies,
            p.QuickWinCandidate, p.EarliestStart, p.LatestStart, p.DependsOn, p.Mandatory, p.AlternativesGroup, p.Scores, p.Indicators, p.Districts, p.PlanningReference);
}
