using Karsa.EndToEnd.Pages;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Scenarios;

/// <summary>Two planners edit the same draft: the second sees a conflict, and neither edit is lost silently.</summary>
[Collection(BrowserTests.Name)]
public sealed class ConcurrentEditTests(Browser browser, SqliteServer app) : IClassFixture<SqliteServer>
{
    [SkippableFact]
    public async Task The_second_planner_to_save_sees_a_conflict_and_keeps_what_they_typed()
    {
        var chromium = browser.Require();
        await using var first = await Visitor.OpenAsync(chromium, app.Server);
        await using var second = await Visitor.OpenAsync(chromium, app.Server);
        await SignIn.AsAsync(first, KarsaServer.Planner);
        await SignIn.AsAsync(second, KarsaServer.OtherPlanner);
        var firstEditor = new PlanEditor(first, KarsaServer.Region);
        var secondEditor = new PlanEditor(second, KarsaServer.Region);

        // Both open the same programme (the first one listed) before either saves.
        await firstEditor.OpenProgrammesAsync();
        var code = (await first.Page.GetByRole(AriaRole.Table, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Program rencana") })
            .GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link).TextContentAsync())!.Trim();
        await firstEditor.OpenProgrammeAsync(code);
        await secondEditor.OpenProgrammeAsync(code);
        await first.CheckAsync("editor-programme");

        await firstEditor.Field("Nama (Bahasa Indonesia)").FillAsync("Nama dari perencana pertama");
        await firstEditor.SaveProgrammeAsync();
        await Assertions.Expect(firstEditor.Saved).ToBeVisibleAsync();

        await secondEditor.Field("Nama (Bahasa Indonesia)").FillAsync("Nama dari perencana kedua");
        await secondEditor.SaveProgrammeAsync();
        await Assertions.Expect(secondEditor.Conflict).ToBeVisibleAsync();
        await Assertions.Expect(secondEditor.Field("Nama (Bahasa Indonesia)")).ToHaveValueAsync("Nama dari perencana kedua");
        await second.CheckAsync("editor-conflict", forDocs: true);

        // The first planner's edit stands: nothing was overwritten behind their back.
        await firstEditor.OpenProgrammeAsync(code);
        await Assertions.Expect(firstEditor.Field("Nama (Bahasa Indonesia)")).ToHaveValueAsync("Nama dari perencana pertama");
    }
}
