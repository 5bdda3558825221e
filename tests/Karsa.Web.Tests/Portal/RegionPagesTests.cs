using System.Net;
using System.Net.Http.Headers;
using Karsa.Application.Access;
using Karsa.Domain.Plans;
using Karsa.Interchange;
using Karsa.Testing;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Portal;

/// <summary>The region's own pages: dashboard, versions (publish, new draft, compare), book and plan file.</summary>
public sealed class RegionPagesTests
{
    [Fact]
    public async Task The_dashboard_shows_the_draft_by_dimension_and_term_to_its_region_only()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        await PortalPlans.ImportAsync(database.Db, PublicPortalTests.WithDraftChange(PortalPlans.Adopted()));
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("pemirsa", Role.Viewer, "33.13");
        await app.CreateUserAsync("tetangga", Role.Planner, "33.72");
        using var viewer = await app.SignedInClientAsync("pemirsa");

        var page = PortalPlans.Parse(await viewer.GetStringAsync(new Uri("/wilayah/33.13?lang=en", UriKind.Relative)));
        Assert.Contains("Judul draf v2", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var matrix = page.QuerySelectorAll("#dimensi ~ table")[0].QuerySelectorAll("tbody tr")
            .ToDictionary(r => r.Children[0].TextContent.Trim(), r => r.Children.Skip(1).Select(c => c.TextContent.Trim()).ToList());
        // Governance: GOV-01 quick win, GOV-02 short term; Living: LIV-01, -02, -04 short term, LIV-03 left out.
        Assert.Equal(["1", "1", "0", "0", "0", "2"], matrix["Smart Governance"].Take(6));
        Assert.Equal(["0", "3", "0", "0", "1", "4"], matrix["Smart Living"].Take(6));
        Assert.Contains(page.QuerySelectorAll("svg title"), t => t.TextContent.StartsWith("Spending per year", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("ul.quick-wins li"), li => li.TextContent.Contains("GOV-01", StringComparison.Ordinal));

        using var neighbour = await app.SignedInClientAsync("tetangga");
        var refused = await neighbour.GetAsync(new Uri("/wilayah/33.13", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("/wilayah/33.13", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_dashboard_says_when_no_roadmap_is_adopted()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted() with { Roadmap = null });
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("pemirsa", Role.Viewer, "33.13");
        using var viewer = await app.SignedInClientAsync("pemirsa");

        var page = PortalPlans.Parse(await viewer.GetStringAsync(new Uri("/wilayah/33.13?lang=en", UriKind.Relative)));
        Assert.Contains(page.QuerySelectorAll("p.notice"), p => p.TextContent.StartsWith("No roadmap is adopted", StringComparison.Ordinal));
        Assert.DoesNotContain(page.QuerySelectorAll("svg title"), t => t.TextContent.StartsWith("Spending per year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_planner_publishes_after_a_refusal_with_diagnostics_starts_a_draft_and_compares_versions()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted() with { Roadmap = null });
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("perencana", Role.Planner, "33.13");
        using var planner = await app.SignedInClientAsync("perencana");

        var refused = await PostFormAsync(planner, "/wilayah/33.13/versi?lang=en", "/wilayah/33.13/versi?handler=Publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusal = PortalPlans.Parse(await refused.Content.ReadAsStringAsync());
        Assert.NotNull(refusal.QuerySelector("[role=alert] ul.diagnostics li"));
        Assert.Equal(HttpStatusCode.NotFound, (await planner.GetAsync(new Uri("/publik/33.13", UriKind.Relative))).StatusCode);

        await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted());
        var published = await PostFormAsync(planner, "/wilayah/33.13/versi", "/wilayah/33.13/versi?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await planner.GetAsync(new Uri("/publik/33.13", UriKind.Relative))).StatusCode);
        var publishing = (await Karsa.Web.Tests.Accounts.AccountTestKit.AuditAsync(app)).Last(e => e.Action == Karsa.Storage.Audit.AuditActions.PlanPublish);
        Assert.Equal(("perencana", "33.13"), (publishing.Actor, publishing.RegionCode));

        var drafted = await PostFormAsync(planner, "/wilayah/33.13/versi", "/wilayah/33.13/versi?handler=Draft");
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        await PortalPlans.ImportAsync(database.Db, PublicPortalTests.WithDraftChange(PortalPlans.Adopted()));
        var versions = PortalPlans.Parse(await planner.GetStringAsync(new Uri("/wilayah/33.13/versi", UriKind.Relative)));
        Assert.Equal(["2", "1"], versions.QuerySelectorAll("table tbody tr").Select(r => r.Children[0].TextContent.Trim()));

        var comparison = PortalPlans.Parse(await planner.GetStringAsync(new Uri("/wilayah/33.13/versi/banding?lama=1&baru=2&lang=en", UriKind.Relative)));
        Assert.StartsWith("Changes to", comparison.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(comparison.QuerySelectorAll(".diff-section li"), li => li.TextContent.Contains("RAHASIA-DRAF-LIV03", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_viewer_may_not_publish_or_import()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted());
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("pemirsa", Role.Viewer, "33.13");
        using var viewer = await app.SignedInClientAsync("pemirsa");

        var page = PortalPlans.Parse(await viewer.GetStringAsync(new Uri("/wilayah/33.13/versi", UriKind.Relative)));
        Assert.Null(page.QuerySelector("main form[method=post] button[type=submit]"));
        var publish = await PostFormAsync(viewer, "/wilayah/33.13/versi", "/wilayah/33.13/versi?handler=Publish");
        Assert.NotEqual(HttpStatusCode.OK, publish.StatusCode);
        Assert.DoesNotContain("/wilayah/33.13/versi", publish.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(PlanState.Draft, (await Application.Plans.PlanSource.LoadAsync("33.13", database.Db, null, default)).Value!.Plan.Content.State);
    }

    [Fact]
    public async Task The_plan_file_exports_and_imports_with_the_command_lines_errors_and_refuses_another_region()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.ImportAsync(database.Db, PortalPlans.Adopted());
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("perencana", Role.Planner, "33.13");
        using var planner = await app.SignedInClientAsync("perencana");

        var yaml = await planner.GetStringAsync(new Uri("/wilayah/33.13/berkas?handler=Export&version=1&format=yaml", UriKind.Relative));
        Assert.Equal(PlanWriter.Write((await Application.Plans.PlanSource.LoadAsync("33.13", database.Db, 1, default)).Value!.Plan, PlanFormat.Yaml), yaml);
        var json = await planner.GetStringAsync(new Uri("/wilayah/33.13/berkas?handler=Export&version=1&format=json", UriKind.Relative));
        Assert.StartsWith("{", json, StringComparison.Ordinal);

        var other = PlanWriter.Write(PortalPlans.Adopted("35.07", "Malang", "Jawa Timur"), PlanFormat.Yaml);
        var refused = PortalPlans.Parse(await (await UploadAsync(planner, other, "malang.yaml")).Content.ReadAsStringAsync());
        Assert.Contains("35.07", refused.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var broken = yaml.Replace("period: {first: 2022, last: 2031}", "period: {first: 2022, last: 1900}", StringComparison.Ordinal);
        Assert.NotEqual(yaml, broken);
        var invalid = await UploadAsync(planner, broken, "rusak.yaml");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var problems = PortalPlans.Parse(await invalid.Content.ReadAsStringAsync()).QuerySelectorAll("ul.diagnostics li .code").Select(c => c.TextContent).ToList();
        Assert.Contains(problems, p => p.StartsWith("rusak.yaml:", StringComparison.Ordinal));

        var changed = PlanWriter.Write(PublicPortalTests.WithDraftChange(PortalPlans.Adopted()), PlanFormat.Yaml);
        var imported = await UploadAsync(planner, changed, "baru.yaml");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal("Judul draf v2", (await Application.Plans.PlanSource.LoadAsync("33.13", database.Db, null, default)).Value!.Plan.Content.Title.Indonesian);
    }

    [Fact]
    public async Task The_book_page_offers_every_version_and_downloads_a_published_docx()
    {
        using var database = TestDatabases.Sqlite();
        await PortalPlans.PublishAsync(database.Db, PortalPlans.Adopted());
        await using var app = new KarsaWebFactory(database, loadSample: false);
        await app.CreateUserAsync("pemirsa", Role.Viewer, "33.13");
        using var viewer = await app.SignedInClientAsync("pemirsa");

        var page = PortalPlans.Parse(await viewer.GetStringAsync(new Uri("/wilayah/33.13/buku", UriKind.Relative)));
        Assert.NotNull(page.QuerySelector("a[href='/wilayah/33.13/buku/pdf?version=1']"));
        var docx = await viewer.GetAsync(new Uri("/wilayah/33.13/buku?handler=Download&version=1&format=docx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await docx.Content.ReadAsByteArrayAsync())[..2]);
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action)
    {
        var token = KarsaWebFactory.AntiforgeryToken(await client.GetStringAsync(new Uri(formPage, UriKind.Relative)));
        return await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string text, string fileName)
    {
        var token = KarsaWebFactory.AntiforgeryToken(await client.GetStringAsync(new Uri("/wilayah/33.13/berkas", UriKind.Relative)));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new StringContent(text);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/yaml");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(new Uri("/wilayah/33.13/berkas?handler=Import", UriKind.Relative), form);
    }
}
