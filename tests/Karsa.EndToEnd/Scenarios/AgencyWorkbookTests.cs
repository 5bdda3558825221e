using Karsa.Application.Access;
using Karsa.EndToEnd.Support;
using Karsa.Testing;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Scenarios;

/// <summary>
/// An agency (OPD) reporter's year in the browser (issue #12): download the agency's workbook, fill it
/// offline, upload it with one bad cell and read where it is, fix it, upload again, and see the progress on
/// the region dashboard.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class AgencyWorkbookTests(Browser browser, PublishedSqliteServer app) : IClassFixture<PublishedSqliteServer>
{
    private const string Reporter = "pelapor-kominfo";
    private const string Agency = "DISKOMINFO";

    [SkippableFact]
    public async Task A_reporter_fixes_the_cell_the_refused_upload_names_and_then_sees_the_progress_on_the_dashboard()
    {
        var chromium = browser.Require();
        await app.Server.CreateUserAsync(Reporter, Role.AgencyReporter, KarsaServer.Region, Agency);
        await using var reporter = await Visitor.OpenAsync(chromium, app.Server);
        await SignIn.AsAsync(reporter, Reporter);
        var page = reporter.Page;
        var wholePlanBefore = await WholePlanPercentAsync(reporter);

        await reporter.GoAsync($"/wilayah/{KarsaServer.Region}/kemajuan/lembar");
        await Assertions.Expect(page.GetByLabel("Kode OPD").First).ToHaveValueAsync(Agency);
        await reporter.CheckAsync("agency-workbook", forDocs: true);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Unduh templat" }).ClickAsync());
        var template = await File.ReadAllBytesAsync(await download.PathAsync());

        // The first programme of the agency's sheet, its columns found by their headers: a progress of 140 % is the bad cell.
        string status = "", percent = "";
        WorkbookEditor.Edit(template, sheet => (status, percent) = (sheet.ColumnHeaded("Program", "Status"), sheet.ColumnHeaded("Program", "Progres")));
        var bad = WorkbookEditor.Edit(template, sheet => sheet.Text("Program", status + "2", "Berjalan").Number("Program", percent + "2", 140));
        var fixedUp = WorkbookEditor.Edit(template, sheet => sheet.Text("Program", status + "2", "Berjalan").Number("Program", percent + "2", 60));

        await UploadAsync(reporter, bad);
        var problem = page.Locator("tr.problem");
        await Assertions.Expect(problem).ToHaveCountAsync(1);
        await reporter.CheckAsync("agency-workbook-refused", forDocs: true);
        await Assertions.Expect(problem.Locator("td").Nth(0)).ToHaveTextAsync("Program");
        await Assertions.Expect(problem.Locator("td").Nth(1)).ToHaveTextAsync("2");
        await Assertions.Expect(problem.Locator("td").Nth(2)).ToHaveTextAsync(percent);
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("Tidak ada yang disimpan");

        await UploadAsync(reporter, fixedUp);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr.problem")).ToHaveCountAsync(0);
        await reporter.CheckAsync("agency-workbook-accepted");

        var wholePlanAfter = await WholePlanPercentAsync(reporter);
        Assert.True(wholePlanAfter > wholePlanBefore, $"The dashboard's whole-plan progress went from {wholePlanBefore} to {wholePlanAfter} after the upload.");
        await reporter.CheckAsync("agency-dashboard-progress", forDocs: true);
    }

    private static async Task UploadAsync(Visitor reporter, byte[] workbook)
    {
        var page = reporter.Page;
        await page.Locator("#Upload").SetInputFilesAsync(new FilePayload
        {
            Name = "kemajuan-diskominfo.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = workbook,
        });
        // No wait for a load state here: it could answer for the page before the upload. The caller waits
        // for what only the answer page shows (the refused cell, or the saved status).
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
    }

    /// <summary>The value of the dashboard's whole-plan progress bar.</summary>
    private static async Task<decimal> WholePlanPercentAsync(Visitor reporter)
    {
        await reporter.GoAsync($"/wilayah/{KarsaServer.Region}");
        var bar = reporter.Page.GetByRole(AriaRole.Progressbar, new() { Name = "Seluruh rencana" });
        var value = await bar.GetAttributeAsync("value") ?? throw new InvalidOperationException("The whole-plan progress bar has no value.");
        return decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
