using System.Net;
using Karsa.Domain.Catalogue;

namespace Karsa.Web.Tests.Editor;

public sealed class StrategyEditorTests
{
    private const string Path = "/wilayah/33.13/rencana/strategi";

    [Fact]
    public async Task Strategies_are_changed_and_added_in_row_order()
    {
        await using var editor = await EditorApp.StartAsync();
        var stored = (await editor.NewestAsync()).Plan.Content.Strategies;
        var form = await EditorForm.OpenAsync(editor.Planner, Path);
        Assert.Equal(stored[0].Title.Indonesian, form.Value("strategies[0].title.id"));
        var fields = form.Shown();
        fields["strategies[0].title.id"] = "Judul yang diubah";
        fields[$"strategies[{stored.Count}].dimension"] = "society";
        fields[$"strategies[{stored.Count}].title.id"] = "Strategi baru";
        fields[$"strategies[{stored.Count}].title.en"] = "New strategy";

        var saved = await form.PostAsync(editor.Planner, Path, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var strategies = (await editor.NewestAsync()).Plan.Content.Strategies;
        Assert.Equal(stored.Count + 1, strategies.Count);
        Assert.Equal("Judul yang diubah", strategies[0].Title.Indonesian);
        Assert.Equal(stored[0].Description, strategies[0].Description);
        Assert.Equal((Dimension.Society, "Strategi baru", "New strategy"), (strategies[^1].Dimension, strategies[^1].Title.Indonesian, strategies[^1].Title.English));
    }

    [Theory]
    [InlineData("", "tidak ada", "Teks tidak boleh kosong")]
    [InlineData("?lang=en", "is missing", "Text must not be empty")]
    public async Task A_row_without_dimension_or_title_is_shown_at_those_fields_with_everything_typed_kept(string language, string missing, string empty)
    {
        await using var editor = await EditorApp.StartAsync();
        var row = (await editor.NewestAsync()).Plan.Content.Strategies.Count;
        var form = await EditorForm.OpenAsync(editor.Planner, Path + language);
        var fields = form.Shown();
        fields[$"strategies[{row}].description"] = "Uraian tanpa judul";

        var refused = await form.PostAsync(editor.Planner, Path + language, fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        Assert.Contains(missing, shown.MessageAt($"strategies[{row}].dimension"), StringComparison.Ordinal);
        Assert.Contains(empty, shown.MessageAt($"strategies[{row}].title.id"), StringComparison.Ordinal);
        Assert.Equal("Uraian tanpa judul", shown.Value($"strategies[{row}].description"));
    }
}
