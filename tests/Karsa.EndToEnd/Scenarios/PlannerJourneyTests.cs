using Karsa.EndToEnd.Pages;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Scenarios;

/// <summary>
/// The planner's whole journey from the issue: add a programme, see a validation error next to the
/// field, fix it, run the roadmap and watch its progress, compare a scenario, adopt, publish, download the book.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class PlannerJourneyTests(Browser browser, SqliteServer app) : IClassFixture<SqliteServer>
{
    [SkippableFact]
    public async Task A_planner_adds_a_programme_fixes_an_error_and_the_programme_is_saved()
    {
        await using var planner = await Visitor.OpenAsync(browser.Require(), app.Server);
        await SignIn.AsAsync(planner, KarsaServer.Planner);
        var editor = new PlanEditor(planner, KarsaServer.Region);

        await AddProgrammeWithOneFixAsync(planner, editor);
        await editor.OpenProgrammesAsync();
        await Assertions.Expect(planner.Page.GetByRole(AriaRole.Link, new() { Name = "E2E-01", Exact = true })).ToBeVisibleAsync();
        await planner.CheckAsync("editor-programmes");
    }

    [SkippableFact]
    public async Task A_planner_adds_a_programme_runs_compares_adopts_publishes_and_downloads_the_book()
    {
        // Its own server: this journey publishes the draft, which the other tests of the class edit.
        var chromium = browser.Require();
        await using var server = await KarsaServer.StartAsync(TestDatabases.Sqlite());
        await using var planner = await Visitor.OpenAsync(chromium, server);
        await SignIn.AsAsync(planner, KarsaServer.Planner);
        await AddProgrammeWithOneFixAsync(planner, new PlanEditor(planner, KarsaServer.Region));

        var roadmap = new Roadmap(planner, KarsaServer.Region);
        await roadmap.OpenAsync();
        await planner.CheckAsync("roadmap");
        await roadmap.RunAndWatchAsync(timeLimitSeconds: 10);
        var result = planner.Page.Url;
        await Assertions.Expect(planner.Page.GetByText("E2E-01", new() { Exact = true }).First).ToBeVisibleAsync();
        await planner.CheckAsync("roadmap-result", forDocs: true);

        await roadmap.OpenAsync();
        await roadmap.CompareScenarioAsync("apbd-cut-20");
        await planner.CheckAsync("roadmap-compare", forDocs: true);

        await planner.GoAsync(result);
        await roadmap.AdoptAsync();
        await planner.CheckAsync("roadmap-adopted");

        var versions = new Versions(planner, KarsaServer.Region);
        await versions.OpenAsync();
        await versions.PublishAsync(1);
        await planner.CheckAsync("versions-published");

        var book = new Book(planner, KarsaServer.Region);
        await book.OpenAsync();
        await planner.CheckAsync("book");
        var docx = await book.DownloadDocxAsync(1);
        Assert.True(docx.Length > 1000 && docx[0] == (byte)'P' && docx[1] == (byte)'K', "The DOCX book is not a ZIP package.");

        await book.OpenAsync();
        var pdf = await book.RequestPdfAsync(1);
        Assert.True(pdf.Length > 1000 && System.Text.Encoding.ASCII.GetString(pdf, 0, 5) == "%PDF-", "The PDF book is not a PDF file.");
    }

    /// <summary>Adds programme E2E-01 with a wrong duration first: the error shows at the field and nothing typed is lost; fixed, it saves.</summary>
    private static async Task AddProgrammeWithOneFixAsync(Visitor planner, PlanEditor editor)
    {
        await editor.StartNewProgrammeAsync();
        await editor.FillProgrammeAsync(new ProgrammeInput("E2E-01", "Program uji ujung ke ujung", "0", 2027, 250_000_000));
        await editor.SaveProgrammeAsync();

        await editor.ExpectFieldErrorAsync("Durasi (tahun)");
        await Assertions.Expect(editor.Field("Nama (Bahasa Indonesia)")).ToHaveValueAsync("Program uji ujung ke ujung");
        await editor.Field("Durasi (tahun)").ScrollIntoViewIfNeededAsync();
        await planner.CheckAsync("editor-programme-error", forDocs: true);

        await editor.Field("Durasi (tahun)").FillAsync("2");
        await editor.CostCell("APBD", 2028).FillAsync("250000000");
        await editor.SaveProgrammeAsync();
        await Assertions.Expect(editor.Saved).ToBeVisibleAsync();
    }
}
