using System.Net;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Readiness;

namespace Karsa.Web.Tests.Editor;

public sealed class ReadinessEditorTests
{
    private const string Path = "/wilayah/33.13/rencana/kesiapan";
    private const string GovernanceStruktur = "readiness.dimensions.governance.struktur.score";

    [Fact]
    public async Task Changed_scores_and_notes_are_saved_and_an_emptied_dimension_loses_its_assessment()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Path);
        Assert.Equal("2,8", form.Value(GovernanceStruktur));
        var fields = form.Shown();
        fields[GovernanceStruktur] = "3,5";
        fields["readiness.dimensions.governance.struktur.note"] = "Catatan baru";
        foreach (var key in fields.Keys.Where(k => k.StartsWith("readiness.dimensions.branding.", StringComparison.Ordinal)).ToList())
        {
            fields[key] = string.Empty;
        }

        var saved = await form.PostAsync(editor.Planner, Path, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var readiness = (await editor.NewestAsync()).Plan.Content.Readiness;
        var struktur = readiness.Single(r => r.Dimension == Dimension.Governance).Pillars.Single(p => p.Pillar == Pillar.Struktur);
        Assert.Equal((3.5m, "Catatan baru"), (struktur.Score, struktur.Narrative));
        Assert.DoesNotContain(readiness, r => r.Dimension == Dimension.Branding);
        Assert.Contains(readiness, r => r.Dimension == Dimension.Economy);
    }

    [Theory]
    [InlineData("", "di luar rentang 1..5")]
    [InlineData("?lang=en", "is outside 1..5")]
    public async Task A_score_off_the_scale_is_shown_at_its_cell_in_the_users_language_with_everything_typed_kept(string language, string words)
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Path + language);
        var fields = form.Shown();
        fields[GovernanceStruktur] = "7";
        fields["readiness.dimensions.economy.note"] = "Catatan yang diketik";
        var before = (await editor.NewestAsync()).Token;

        var refused = await form.PostAsync(editor.Planner, Path + language, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        var message = shown.MessageAt(GovernanceStruktur);
        Assert.Contains("KRS016", message, StringComparison.Ordinal);
        Assert.Contains(words, message, StringComparison.Ordinal);
        Assert.Null(shown.MessageAt("readiness.dimensions.governance.infrastruktur.score"));
        Assert.Equal("7", shown.Value(GovernanceStruktur));
        Assert.Equal("Catatan yang diketik", shown.Value("readiness.dimensions.economy.note"));
        Assert.Equal(before, (await editor.NewestAsync()).Token);
    }

    [Fact]
    public async Task A_note_without_a_score_asks_for_the_score()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Path);
        var fields = form.Shown();
        fields["readiness.dimensions.environment.struktur.score"] = string.Empty;
        fields["readiness.dimensions.environment.struktur.note"] = "Ada catatan, belum ada skor";

        var shown = await EditorForm.ReadAsync(await form.PostAsync(editor.Planner, Path, fields));

        Assert.Contains("KRS004", shown.MessageAt("readiness.dimensions.environment.struktur.score"), StringComparison.Ordinal);
        Assert.Equal("Ada catatan, belum ada skor", shown.Value("readiness.dimensions.environment.struktur.note"));
    }
}
