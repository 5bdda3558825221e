using System.Net;

namespace Karsa.Web.Tests.Editor;

public sealed class ProgrammeLinksEditorTests
{
    private const string NewForm = "/wilayah/33.13/rencana/program/sunting";

    private static Dictionary<string, string> NewProgramme() => new()
    {
        ["code"] = "GOV-98",
        ["name.id"] = "Program Uji Keterkaitan",
        ["dimension"] = "governance",
        ["element"] = "public-policy",
        ["kind"] = "Policy",
        ["lead"] = "BAPPEDA",
        ["duration"] = "1",
        ["start.earliest"] = "2025",
        ["costs.2025.apbd"] = "100.000.000",
        ["scores.citizen-impact"] = "4",
        ["scores.risk"] = "2,5",
        ["dependsOn[0].programme"] = "GOV-02",
        ["dependsOn[1].programme"] = "GOV-01",
        ["dependsOn[1].lag"] = "1",
        ["indicators"] = "SPBE-INDEKS,LOC-OPD-INTRA",
        ["districts"] = "33.13.01,33.13.02",
        ["alternatives"] = "uji-kelompok",
        ["reference"] = "RPJMD 2021-2026 Misi 2",
    };

    [Fact]
    public async Task Scores_dependencies_indicators_districts_group_and_reference_are_saved_and_shown_again()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);

        var saved = await form.PostAsync(client, NewForm, NewProgramme());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var programme = (await editor.NewestAsync()).Plan.Programmes.Single(p => p.Code.Value == "GOV-98");
        Assert.Equal([("citizen-impact", 4m), ("risk", 2.5m)], programme.Scores.Select(s => (s.Criterion.Value, s.Score)));
        Assert.Equal([("GOV-02", 0), ("GOV-01", 1)], programme.DependsOn.Select(d => (d.Programme.Value, d.LagYears)));
        Assert.Equal(["SPBE-INDEKS", "LOC-OPD-INTRA"], programme.Indicators.Select(i => i.Value));
        Assert.Equal(["33.13.01", "33.13.02"], programme.Districts.Select(d => d.Value));
        Assert.Equal("uji-kelompok", programme.AlternativesGroup);
        Assert.Equal("RPJMD 2021-2026 Misi 2", programme.PlanningReference);

        var shown = await EditorForm.OpenAsync(client, NewForm + "/GOV-98");
        Assert.Equal("2,5", shown.Value("scores.risk"));
        Assert.Equal("GOV-01", shown.Value("dependsOn[1].programme"));
        Assert.Equal("1", shown.Value("dependsOn[1].lag"));
        Assert.Equal(["SPBE-INDEKS", "LOC-OPD-INTRA"], shown.Ticked("indicators").Order().Reverse());
        Assert.Equal(["33.13.01", "33.13.02"], shown.Ticked("districts"));
        Assert.Equal("uji-kelompok", shown.Value("alternatives"));
    }

    [Fact]
    public async Task A_stored_programme_shows_its_links_and_saving_it_unchanged_keeps_them()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        const string Path = NewForm + "/GOV-03";
        var before = (await editor.NewestAsync()).Plan.Programmes.Single(p => p.Code.Value == "GOV-03");
        var form = await EditorForm.OpenAsync(client, Path);
        Assert.Equal("jaringan-intra", form.Value("alternatives"));
        Assert.Equal("4", form.Value("scores.risk"));
        Assert.Equal(["LOC-OPD-INTRA"], form.Ticked("indicators"));
        var fields = form.Shown();
        fields["indicators"] = string.Join(",", form.Ticked("indicators"));
        fields["name.id"] = "Nama baru";

        var saved = await form.PostAsync(client, Path, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = (await editor.NewestAsync()).Plan.Programmes.Single(p => p.Code.Value == "GOV-03");
        Assert.Equal("Nama baru", after.Name.Indonesian);
        Assert.Equal(before.Scores, after.Scores);
        Assert.Equal(before.DependsOn, after.DependsOn);
        Assert.Equal(before.Indicators, after.Indicators);
        Assert.Equal(before.AlternativesGroup, after.AlternativesGroup);
        Assert.Equal(before.PlanningReference, after.PlanningReference);
    }

    [Theory]
    [InlineData("", "KRS031", "tidak ada", "dependsOn[1].programme")]
    [InlineData("?lang=en", "KRS031", "which does not exist", "dependsOn[1].programme")]
    [InlineData("", "KRS042", "tidak ada di wilayah ini", "districts")]
    [InlineData("?lang=en", "KRS042", "is not a district of this region", "districts")]
    [InlineData("", "KRS016", "di luar rentang", "scores.urgency")]
    [InlineData("?lang=en", "KRS016", "is outside", "scores.urgency")]
    public async Task A_bad_link_is_shown_at_its_field_in_the_users_language_with_everything_typed_kept(string language, string code, string words, string field)
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm + language);
        var typed = NewProgramme();
        typed.Remove("dependsOn[0].programme");
        typed["dependsOn[1].programme"] = code == "KRS031" ? "GOV-404" : "GOV-01";
        typed["districts"] = code == "KRS042" ? "33.13.01,33.13.99" : "33.13.01";
        typed["scores.urgency"] = code == "KRS016" ? "9" : "3";

        var refused = await form.PostAsync(client, NewForm + language, typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        var message = shown.MessageAt(field);
        Assert.Contains(code, message, StringComparison.Ordinal);
        Assert.Contains(words, message, StringComparison.Ordinal);
        Assert.Equal(typed["dependsOn[1].programme"], shown.Value("dependsOn[1].programme"));
        Assert.Equal(typed["districts"].Split(','), shown.Ticked("districts"));
        Assert.Equal(typed["scores.urgency"], shown.Value("scores.urgency"));
        Assert.Equal(typed["reference"], shown.Value("reference"));
        Assert.DoesNotContain((await editor.NewestAsync()).Plan.Programmes, p => p.Code.Value == "GOV-98");
    }

    [Fact]
    public async Task A_lag_off_its_range_is_shown_at_the_lag_of_its_row()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);
        var typed = NewProgramme();
        typed["dependsOn[1].lag"] = "25";

        var shown = await EditorForm.ReadAsync(await form.PostAsync(client, NewForm, typed));

        Assert.Contains("KRS016", shown.MessageAt("dependsOn[1].lag"), StringComparison.Ordinal);
        Assert.Null(shown.MessageAt("dependsOn[0].programme"));
        Assert.Equal("25", shown.Value("dependsOn[1].lag"));
    }

    [Fact]
    public async Task A_lag_without_its_programme_asks_for_the_programme()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);
        var typed = NewProgramme();
        typed.Remove("dependsOn[0].programme");
        typed["dependsOn[0].lag"] = "2";

        var shown = await EditorForm.ReadAsync(await form.PostAsync(client, NewForm, typed));

        Assert.Contains("KRS004", shown.MessageAt("dependsOn[0].programme"), StringComparison.Ordinal);
        Assert.Equal("2", shown.Value("dependsOn[0].lag"));
    }

    [Theory]
    [InlineData("", "Tersimpan, dengan", "tidak pernah")]
    [InlineData("?lang=en", "Saved, with", "can never")]
    public async Task Warnings_of_a_save_are_shown_after_it_linked_to_their_field(string language, string heading, string words)
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm + language);
        var typed = NewProgramme();
        typed["dependsOn[1].lag"] = "10";

        var saved = await form.PostAsync(client, NewForm + language, typed);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await EditorForm.OpenAsync(client, saved.Headers.Location!.OriginalString + language.Replace('?', '&'));
        Assert.Contains(heading, after.Page.QuerySelector(".saved-warnings h2")!.TextContent, StringComparison.Ordinal);
        var (text, link) = Assert.Single(after.SavedWarnings(), w => w.Text.StartsWith("KRS101", StringComparison.Ordinal));
        Assert.Contains(words, text, StringComparison.Ordinal);
        Assert.Equal("#f-code", link);
        Assert.NotNull(after.Page.QuerySelector("#f-code"));

        var again = await EditorForm.OpenAsync(client, NewForm + "/GOV-98");
        Assert.Empty(again.SavedWarnings());
    }
}
