using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Karsa.Application.Access;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Karsa.Web.Tests.Support;
using static Karsa.Web.Tests.Jobs.JobTestKit;

namespace Karsa.Web.Tests.Roadmap;

/// <summary>The roadmap pages without JavaScript: run, watch the job, read the result, adopt (a stale page gives a conflict, not a lost edit).</summary>
[Collection("Jobs")]
public sealed class RoadmapPagesTests
{
    [Fact]
    public async Task A_planner_runs_the_roadmap_watches_it_and_adopts_it()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database);
        await app.CreateUserAsync("perencana", Role.Planner, Region);
        var browser = await app.SignedInClientAsync("perencana");

        var workspace = await browser.GetStringAsync(new Uri($"/wilayah/{Region}/peta-jalan", UriKind.Relative));
        Assert.Contains("apbd-cut-20", workspace, StringComparison.Ordinal);
        var run = await browser.PostAsync(new Uri($"/wilayah/{Region}/peta-jalan?handler=Solve", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Scenario"] = "",
            ["TimeLimitSeconds"] = "5",
            ["Strategy"] = "greedy",
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(workspace),
        }));
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        var jobPage = run.Headers.Location!.OriginalString;
        Assert.StartsWith("/pekerjaan/", jobPage, StringComparison.Ordinal);

        using var watchdog = new CancellationTokenSource(Watchdog);
        JsonElement status;
        while (!(status = JsonDocument.Parse(await browser.GetStringAsync(new Uri(jobPage + "?handler=Status", UriKind.Relative))).RootElement).GetProperty("finished").GetBoolean())
        {
            Assert.False(watchdog.IsCancellationRequested, "The roadmap job did not finish.");
            await Task.Delay(100);
        }

        Assert.Equal("Succeeded", status.GetProperty("state").GetString());
        var done = new HtmlParser().ParseDocument(await browser.GetStringAsync(new Uri(jobPage, UriKind.Relative)));
        Assert.Null(done.QuerySelector("noscript meta[http-equiv=refresh]"));
        var resultLink = done.QuerySelector("#job-result")!.GetAttribute("href")!;

        var resultHtml = await browser.GetStringAsync(new Uri(resultLink, UriKind.Relative));
        var result = new HtmlParser().ParseDocument(resultHtml);
        Assert.NotEmpty(result.QuerySelectorAll("table.gantt td.bar"));
        Assert.NotNull(result.QuerySelector("svg.spend-chart rect"));
        var token = result.QuerySelector("input[name=Token]")!.GetAttribute("value")!;

        var store = await PlanStore.OpenAsync(database.Location);
        var before = await store.LoadAsync(new RegionCode(Region));
        var stale = await browser.PostAsync(new Uri(resultLink + "?handler=Adopt", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = new string('0', 64),
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(resultHtml),
        }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("notice warning", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before.Summary.Token, (await store.LoadAsync(new RegionCode(Region))).Summary.Token);

        var adopt = await browser.PostAsync(new Uri(resultLink + "?handler=Adopt", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token,
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(resultHtml),
        }));
        Assert.Equal(HttpStatusCode.OK, adopt.StatusCode);
        Assert.NotNull((await store.LoadAsync(new RegionCode(Region))).Plan.Content.Roadmap);
    }

    [Fact]
    public async Task A_running_job_page_refreshes_itself_without_javascript_and_can_be_cancelled()
    {
        using var database = TestDatabases.Sqlite();
        var gate = Path.Combine(Path.GetDirectoryName(database.Db)!, "never");
        await using var app = new KarsaWebFactory(database, settings: WorkerMode("hold:" + gate));
        await app.CreateUserAsync("perencana", Role.Planner, Region);
        var browser = await app.SignedInClientAsync("perencana");
        var workspace = await browser.GetStringAsync(new Uri($"/wilayah/{Region}/peta-jalan", UriKind.Relative));
        var run = await browser.PostAsync(new Uri($"/wilayah/{Region}/peta-jalan?handler=Solve", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["TimeLimitSeconds"] = "5",
            ["Strategy"] = "optimal",
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(workspace),
        }));
        var jobPage = run.Headers.Location!.OriginalString;

        var html = await browser.GetStringAsync(new Uri(jobPage, UriKind.Relative));
        var page = new HtmlParser().ParseDocument(html);
        Assert.NotNull(page.QuerySelector("progress#job-progress"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"2\">", html, StringComparison.Ordinal);

        var cancel = await browser.PostAsync(new Uri(jobPage + "?handler=Cancel", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(html),
        }));
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        using var watchdog = new CancellationTokenSource(Watchdog);
        while (JsonDocument.Parse(await browser.GetStringAsync(new Uri(jobPage + "?handler=Status", UriKind.Relative))).RootElement.GetProperty("state").GetString() != "Cancelled")
        {
            Assert.False(watchdog.IsCancellationRequested, "The job was not cancelled.");
            await Task.Delay(100);
        }
    }
}
