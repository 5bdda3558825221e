using Karsa.EndToEnd.Pages;
using Karsa.EndToEnd.Support;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Scenarios;

/// <summary>A planner edits a running service's delivery and locations in the programme form, with the keyboard's labels and no script.</summary>
[Collection(BrowserTests.Name)]
public sealed class RunningServiceEditTests(Browser browser, SqliteServer app) : IClassFixture<SqliteServer>
{
    [SkippableFact]
    public async Task A_bad_village_code_is_shown_at_its_field_with_everything_typed_kept_and_the_fixed_form_saves()
    {
        var chromium = browser.Require();
        await using var planner = await Visitor.OpenAsync(chromium, app.Server);
        await SignIn.AsAsync(planner, KarsaServer.Planner);
        var editor = new PlanEditor(planner, KarsaServer.Region);

        await editor.OpenProgrammeAsync("SVC-02");
        await Assertions.Expect(editor.Field("Status")).ToHaveValueAsync("Running");
        await Assertions.Expect(editor.Field("Durasi (tahun)")).ToHaveValueAsync("");
        await planner.CheckAsync("editor-programme-service");

        var villages = editor.Field("Kode desa/kelurahan");
        await villages.FillAsync("33.13.09.1001\n33.14.01.2001");
        await editor.Field("Nama pelaksana 3").FillAsync("Puskesmas Karanganyar");
        await editor.Field("Jenis pelaksana 3").SelectOptionAsync("Other");
        await editor.SaveProgrammeAsync();

        await editor.ExpectFieldErrorAsync("Kode desa/kelurahan");
        await Assertions.Expect(villages).ToHaveValueAsync("33.13.09.1001\n33.14.01.2001");
        await Assertions.Expect(editor.Field("Nama pelaksana 3")).ToHaveValueAsync("Puskesmas Karanganyar");
        await planner.CheckAsync("editor-programme-village-error");

        await villages.FillAsync("33.13.09.1001");
        await editor.SaveProgrammeAsync();
        await Assertions.Expect(editor.Saved).ToBeVisibleAsync();
        await Assertions.Expect(editor.Field("Kode desa/kelurahan")).ToHaveValueAsync("33.13.09.1001");
        await Assertions.Expect(editor.Field("Nama pelaksana 3")).ToHaveValueAsync("Puskesmas Karanganyar");
    }
}
