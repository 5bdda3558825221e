using System.Net;
using Karsa.Domain.Programmes;

namespace Karsa.Web.Tests.Editor;

public sealed class CeilingEditorTests
{
    private const string Path = "/wilayah/33.13/rencana/pagu";

    private static Dictionary<string, string> Grid(EditorForm form) =>
        form.Page.QuerySelectorAll("table.money-grid input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);

    [Fact]
    public async Task A_negative_ceiling_is_shown_at_its_cell_and_a_changed_one_saves_while_a_cleared_one_is_removed()
    {
        await using var editor = await EditorApp.StartAsync();
        var form = await EditorForm.OpenAsync(editor.Planner, Path);
        var grid = Grid(form);
        Assert.Equal("budget.2022.apbd", grid.Keys.First());
        grid["budget.2026.apbd"] = "-5.000";
        grid["budget.2027.dak"] = "Rp 7.250.000.000";

        var refused = await form.PostAsync(editor.Planner, Path, grid);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        Assert.Contains("KRS013", shown.MessageAt("budget.2026.apbd"), StringComparison.Ordinal);
        Assert.Equal(grid, Grid(shown));

        grid["budget.2026.apbd"] = string.Empty;
        var saved = await shown.PostAsync(editor.Planner, Path, grid);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var ceilings = (await editor.NewestAsync()).Plan.Content.Ceilings;
        Assert.DoesNotContain(ceilings, c => c.Year.Value == 2026 && c.Source == FundingSource.Apbd);
        Assert.Equal(7_250_000_000L, ceilings.Single(c => c.Year.Value == 2027 && c.Source == FundingSource.Dak).Amount.Value);
    }
}
