using System.Net;
using Karsa.Application.Access;
using Karsa.Application.Plans;
using Karsa.Web.Tests.Portal;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Books;

/// <summary>
/// The PDF book's pages (<c>/wilayah/{region}/buku/pdf</c> for any version, <c>/publik/{region}/buku.pdf</c> for the
/// published one): asking queues a job whose page shows its state, and nothing of a draft's PDF is open to
/// anonymous visitors. Jobs are queued but not run here (<c>Karsa:Jobs:RunJobs=false</c>), so their state holds still.
/// </summary>
public sealed class PdfBookPagesTests
{
    private const string Region = "33.13";

    private static readonly Dictionary<string, string> QueueOnly = new() { ["Karsa:Jobs:RunJobs"] = "false" };

    [Fact]
    public async Task A_planner_asks_for_the_published_versions_PDF_and_the_job_page_shows_it_queued()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        await using var app = new KarsaWebFactory(database, loadSample: false, settings: QueueOnly);
        await app.CreateUserAsync("perencana", Role.Planner, Region);
        using var planner = await app.SignedInClientAsync("perencana");

        var jobPage = await AskForPdfAsync(planner, version: 1);

        var page = PortalPlans.Parse(await planner.GetStringAsync(new Uri(jobPage, UriKind.Relative)));
        Assert.Equal($"Buku PDF · {Region}", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Menunggu", page.QuerySelector("#job-state")!.TextContent.Trim());
        Assert.Equal("0", page.QuerySelector("progress#job-progress")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#job-result"));
        Assert.NotNull(page.QuerySelector("noscript meta[http-equiv=refresh]"));
        Assert.Equal("1", page.QuerySelectorAll("dl dd")[0].TextContent.Trim());

        // Asking again for the same book is the same job, not a second one.
        Assert.Equal(jobPage, await AskForPdfAsync(planner, version: 1));
    }

    [Fact]
    public async Task An_anonymous_visitor_waits_for_the_published_PDF_but_reaches_nothing_of_a_drafts_PDF()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        var draft = await VersionUseCases.StartDraftAsync(Region, database.Db, "perencana");
        Assert.True(draft.Succeeded);
        await using var app = new KarsaWebFactory(database, loadSample: false, settings: QueueOnly);
        await app.CreateUserAsync("perencana", Role.Planner, Region);
        using var planner = await app.SignedInClientAsync("perencana");
        var draftJob = await AskForPdfAsync(planner, version: 2);
        var draftJobId = draftJob["/pekerjaan/".Length..];
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });

        // The published version's PDF: a page that says it is being made (202) and waits for it (a script, or a refresh without one).
        var published = await anonymous.GetAsync(new Uri($"/publik/{Region}/buku.pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Accepted, published.StatusCode);
        var waiting = PortalPlans.Parse(await published.Content.ReadAsStringAsync());
        Assert.NotNull(waiting.QuerySelector("[role=status]"));
        Assert.NotNull(waiting.QuerySelector("noscript meta[http-equiv=refresh]"));
        Assert.NotNull(waiting.QuerySelector("script[src^='/js/pdf-wait.js']"));
        Assert.Equal($"/publik/{Region}/buku.pdf", waiting.QuerySelector("#pdf-wait")!.GetAttribute("data-pdf-url"));

        // The draft's PDF job: its page, its file, the form and the API are all closed.
        foreach (var path in new[]
        {
            draftJob,
            $"{draftJob}?handler=Status",
            $"/wilayah/{Region}/buku/pdf",
            $"/wilayah/{Region}/buku/pdf?handler=Unduh&id={draftJobId}",
        })
        {
            var answer = await anonymous.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Contains("/masuk?ReturnUrl=", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        foreach (var path in new[] { $"/api/v1/jobs/{draftJobId}", $"/api/v1/jobs/{draftJobId}/result" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        }
    }

    [Fact]
    public async Task A_planner_of_another_region_neither_sees_the_PDF_job_nor_downloads_it()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted("35.07", "Malang", "Jawa Timur"));
        await using var app = new KarsaWebFactory(database, loadSample: false, settings: QueueOnly);
        await app.CreateUserAsync("perencana", Role.Planner, Region);
        await app.CreateUserAsync("perencana-malang", Role.Planner, "35.07");
        using var planner = await app.SignedInClientAsync("perencana");
        using var stranger = await app.SignedInClientAsync("perencana-malang");
        var job = await AskForPdfAsync(planner, version: 1);
        var id = job["/pekerjaan/".Length..];

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(new Uri(job, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(new Uri($"/wilayah/35.07/buku/pdf?handler=Unduh&id={id}", UriKind.Relative))).StatusCode);
        var own = await stranger.GetAsync(new Uri($"/wilayah/{Region}/buku/pdf?handler=Unduh&id={id}", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, own.StatusCode);
        Assert.NotEqual("application/pdf", own.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Posts the PDF form for <paramref name="version"/>; returns the job page it redirects to.</summary>
    private static async Task<string> AskForPdfAsync(HttpClient client, int version)
    {
        var form = await client.GetStringAsync(new Uri($"/wilayah/{Region}/buku/pdf", UriKind.Relative));
        var asked = await client.PostAsync(new Uri($"/wilayah/{Region}/buku/pdf", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Language"] = "id",
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var location = asked.Headers.Location!.OriginalString;
        Assert.Matches("^/pekerjaan/[0-9a-f-]{36}$", location);
        return location;
    }
}
