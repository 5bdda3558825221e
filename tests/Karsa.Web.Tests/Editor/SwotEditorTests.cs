using System.Net;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Readiness;

namespace Karsa.Web.Tests.Editor;

public sealed class SwotEditorTests
{
    private const string Path = "/wilayah/33.13/rencana/swot";

    [Fact]
    public async Task Items_are_added_changed_and_removed_quadrant_by_quadrant()
    {
        await using var editor = await EditorApp.StartAsync();
        var stored = (await editor.NewestAsync()).Plan.Content.Swot;
        var threats = stored.Count(s => s.Kind == SwotKind.Threat);
        var form = await EditorForm.OpenAsync(editor.Planner, Path);
        var fields = form.Shown();
        fields["swot.strengths[0].text"] = string.Empty;
        fields["swot.strengths[0].dimension"] = string.Empty;
        fields[$"swot.threats[{threats}].text"] = "Ancaman baru yang diketik";
        fields[$"swot.threats[{threats}].dimension"] = "environment";

        var saved = await form.PostAsync(editor.Planner, Path, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var swot = (await editor.NewestAsync()).Plan.Content.Swot;
        Assert.Equal(stored.Where(s => s.Kind == SwotKind.Strength).Skip(1), swot.Where(s => s.Kind == SwotKind.Strength));
        Assert.Equal(stored.Where(s => s.Kind == SwotKind.Weakness), swot.Where(s => s.Kind == SwotKind.Weakness));
        var added = swot.Where(s => s.Kind == SwotKind.Threat).Last();
        Assert.Equal(("Ancaman baru yang diketik", Dimension.Environment), (added.Text, added.Dimension));
        Assert.Equal(threats + 1, swot.Count(s => s.Kind == SwotKind.Threat));
    }

    [Theory]
    [InlineData("", "Teks tidak boleh kosong")]
    [InlineData("?lang=en", "Text must not be empty")]
    public async Task An_item_with_a_dimension_but_no_text_is_shown_at_its_text_with_everything_typed_kept(string language, string words)
    {
        await using var editor = await EditorApp.StartAsync();
        var weaknesses = (await editor.NewestAsync()).Plan.Content.Swot.Count(s => s.Kind == SwotKind.Weakness);
        var form = await EditorForm.OpenAsync(editor.Planner, Path + language);
        var fields = form.Shown();
        fields[$"swot.weaknesses[{weaknesses}].dimension"] = "living";
        fields["swot.opportunities[0].text"] = "Peluang yang diubah";
        var before = (await editor.NewestAsync()).Token;

        var refused = await form.PostAsync(editor.Planner, Path + language, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        var message = shown.MessageAt($"swot.weaknesses[{weaknesses}].text");
        Assert.Contains("KRS007", message, StringComparison.Ordinal);
        Assert.Contains(words, message, StringComparison.Ordinal);
        Assert.Equal("living", shown.Value($"swot.weaknesses[{weaknesses}].dimension"));
        Assert.Equal("Peluang yang diubah", shown.Value("swot.opportunities[0].text"));
        Assert.Equal(before, (await editor.NewestAsync()).Token);
    }
}
