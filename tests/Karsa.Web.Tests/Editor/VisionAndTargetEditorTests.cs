using System.Net;

namespace Karsa.Web.Tests.Editor;

public sealed class VisionAndTargetEditorTests
{
    [Fact]
    public async Task Missions_save_line_by_line_and_an_english_line_without_indonesian_is_refused_at_the_missions()
    {
        await using var editor = await EditorApp.StartAsync();
        const string Path = "/wilayah/33.13/rencana/visi";
        var form = await EditorForm.OpenAsync(editor.Planner, Path);
        Assert.Equal((await editor.NewestAsync()).Plan.Content.Vision!.Indonesian, form.Value("vision.id"));

        var refused = await form.PostAsync(editor.Planner, Path, new Dictionary<string, string>
        {
            ["vision.id"] = "Visi baru",
            ["missions"] = "Misi satu",
            ["missions.en"] = "Mission one\nMission two",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        Assert.Contains("KRS007", shown.MessageAt("missions"), StringComparison.Ordinal);
        Assert.Equal("Mission one\nMission two", shown.Value("missions.en")!.ReplaceLineEndings("\n"));

        var saved = await shown.PostAsync(editor.Planner, Path, new Dictionary<string, string>
        {
            ["vision.id"] = "Visi baru",
            ["missions"] = "Misi satu\nMisi dua\n",
            ["missions.en"] = "Mission one",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var content = (await editor.NewestAsync()).Plan.Content;
        Assert.Equal("Visi baru", content.Vision!.Indonesian);
        Assert.Equal(["Misi satu|Mission one", "Misi dua|Misi dua"], content.Missions.Select(m => $"{m.Indonesian}|{m.In(Domain.Primitives.Language.English)}"));
    }

    [Fact]
    public async Task Targets_take_indonesian_decimals_and_a_word_is_refused_at_its_cell()
    {
        await using var editor = await EditorApp.StartAsync();
        const string Path = "/wilayah/33.13/rencana/target";
        var form = await EditorForm.OpenAsync(editor.Planner, Path);
        var grid = form.Page.QuerySelectorAll("table.money-grid input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        var indicator = (await editor.NewestAsync()).Plan.Content.Indicators[0].Code.Value;
        grid[$"targets.{indicator}.2030"] = "banyak";

        var refused = await form.PostAsync(editor.Planner, Path, grid);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var shown = await EditorForm.ReadAsync(refused);
        Assert.Contains("KRS005", shown.MessageAt($"targets.{indicator}.2030"), StringComparison.Ordinal);

        grid[$"targets.{indicator}.2030"] = "73,45";
        var saved = await shown.PostAsync(editor.Planner, Path, grid);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(73.45m, (await editor.NewestAsync()).Plan.Content.Targets.Single(t => t.Indicator.Value == indicator && t.Year.Value == 2030).Value);
    }
}
