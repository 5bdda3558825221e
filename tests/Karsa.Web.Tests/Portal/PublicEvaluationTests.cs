using System.Net;
using Karsa.Application.Access;
using Karsa.Web.Tests.Ranking;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Portal;

/// <summary>
/// A region's published evaluation for everyone: the result page and its report, nothing of an
/// unpublished cycle; the latest evaluation on the public plan page (whose cache follows a new
/// publication) and on the region dashboard.
/// </summary>
public sealed class PublicEvaluationTests
{
    private static readonly Dictionary<string, decimal> Scores = new() { ["33.13"] = 3m, ["33.72"] = 4m };

    [Fact]
    public async Task Anyone_reads_a_published_result_with_rank_change_and_findings_and_downloads_its_report()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        await PublishedCycles.PublishedAsync(database.Db, 2024, new Dictionary<string, decimal> { ["33.13"] = 2.5m, ["33.72"] = 2m });
        var cycle = await PublishedCycles.PublishedAsync(database.Db, 2025, Scores);
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var anonymous = app.CreateClient();

        var page = PortalPlans.Parse(await anonymous.GetStringAsync(new Uri($"/publik/33.13/evaluasi/{cycle}", UriKind.Relative)));

        Assert.Equal("Hasil evaluasi Karanganyar 2025", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("3,00", page.QuerySelector("#indeks")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("2 dari 2", page.QuerySelector("#peringkat")!.TextContent.Trim());
        var change = page.QuerySelector("#perubahan")!.TextContent;
        Assert.Contains("+0,50 dibandingkan dengan 2024", change, StringComparison.Ordinal);
        Assert.Contains("turun 1 peringkat", change, StringComparison.Ordinal);
        var evaluation = page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(["Baseline", "10 %", "3,00", "+0,50"], evaluation[0]);
        Assert.Equal(6, page.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").Length);
        var report = page.QuerySelectorAll("#laporan ~ ul li").Select(l => l.TextContent).ToList();
        Assert.Equal(["Kekuatan 33.13", "Rekomendasi 33.13"], page.QuerySelectorAll("#temuan ~ ul li").Select(l => l.TextContent).Except(report));
        Assert.Equal(["Unduh DOCX", "Unduh PDF"], report);

        var docx = await anonymous.GetAsync(new Uri($"/publik/33.13/evaluasi/{cycle}/laporan.docx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task An_unpublished_cycle_shows_nothing_and_offers_no_report()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        var cycle = await PublishedCycles.VerifiedAsync(database.Db, 2025, Scores);
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var anonymous = app.CreateClient();

        foreach (var path in new[] { $"/publik/33.13/evaluasi/{cycle}", $"/publik/33.13/evaluasi/{cycle}/laporan.docx", $"/publik/33.13/evaluasi/{cycle}/laporan.pdf",
                     "/publik/bukan-kode/evaluasi/1", "/publik/33.13/evaluasi/999" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }

        Assert.Contains("Belum ada hasil evaluasi yang diterbitkan", await anonymous.GetStringAsync(new Uri("/publik/33.13", UriKind.Relative)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cached_public_plan_page_shows_a_newly_published_evaluation_at_once_and_the_dashboard_shows_it_too()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        var cycle = await PublishedCycles.VerifiedAsync(database.Db, 2025, Scores);
        await using var app = new KarsaWebFactory(database, loadSample: false);
        using var anonymous = app.CreateClient();
        await anonymous.GetStringAsync(new Uri("/publik/33.13", UriKind.Relative));
        Assert.NotNull((await anonymous.GetAsync(new Uri("/publik/33.13", UriKind.Relative))).Headers.Age);

        await PublishedCycles.PublishedAsync(database.Db, 2026, Scores);

        var fresh = await anonymous.GetAsync(new Uri("/publik/33.13", UriKind.Relative));
        Assert.Null(fresh.Headers.Age);
        var section = PortalPlans.Parse(await fresh.Content.ReadAsStringAsync()).QuerySelector("section[aria-labelledby=evaluasi-judul]")!;
        Assert.Contains("3,00", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 dari 2", section.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/publik/33.13/evaluasi/{cycle + 1}", section.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(PortalPlans.Parse(await fresh.Content.ReadAsStringAsync()).QuerySelector("progress"));

        await app.CreateUserAsync("perencana", Role.Planner, "33.13");
        using var planner = await app.SignedInClientAsync("perencana");
        var dashboard = PortalPlans.Parse(await planner.GetStringAsync(new Uri("/wilayah/33.13", UriKind.Relative)));
        Assert.Contains("2 dari 2", dashboard.QuerySelector("section[aria-labelledby=evaluasi-judul]")!.TextContent, StringComparison.Ordinal);
    }
}
