using System.Net;
using Karsa.Domain.Programmes;

namespace Karsa.Web.Tests.Editor;

public sealed class ScenarioEditorTests
{
    private const string NewForm = "/wilayah/33.13/rencana/skenario/sunting";

    private static Dictionary<string, string> NewScenario(string factor, string forceIn) => new()
    {
        ["name"] = "apbd-turun-10",
        ["description.id"] = "APBD turun 10% pada 2025-2027",
        ["scaleCeilings[0].factor"] = factor,
        ["scaleCeilings[0].source"] = "apbd",
        ["scaleCeilings[0].from"] = "2025",
        ["scaleCeilings[0].to"] = "2027",
        ["forceIn"] = forceIn,
        ["weights.urgency"] = "0,5",
        ["lastYear"] = "2030",
    };

    [Fact]
    public async Task A_new_scenario_shows_each_problem_at_its_field_keeping_what_was_typed_then_saves()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);

        var badFactor = await EditorForm.ReadAsync(await form.PostAsync(client, NewForm, NewScenario("dua", "LIV-01")));
        var unknownProgramme = await EditorForm.ReadAsync(await badFactor.PostAsync(client, NewForm, NewScenario("0,9", "LIV-01, LIV-99")));
        var saved = await unknownProgramme.PostAsync(client, NewForm, NewScenario("0,9", "LIV-01"));

        Assert.Contains("KRS005", badFactor.MessageAt("scaleCeilings[0].factor"), StringComparison.Ordinal);
        Assert.Equal("dua", badFactor.Value("scaleCeilings[0].factor"));
        Assert.Equal("apbd", badFactor.Value("scaleCeilings[0].source"));
        Assert.Equal("0,5", badFactor.Value("weights.urgency"));
        Assert.Contains("KRS046", unknownProgramme.MessageAt("forceIn"), StringComparison.Ordinal);
        Assert.Contains("LIV-99", unknownProgramme.MessageAt("forceIn"), StringComparison.Ordinal);
        Assert.Equal("LIV-01, LIV-99", unknownProgramme.Value("forceIn"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/wilayah/33.13/rencana/skenario/sunting/apbd-turun-10?tersimpan=1", saved.Headers.Location!.OriginalString);
        var scenario = (await editor.NewestAsync()).Plan.Content.Scenarios[^1];
        Assert.Equal("apbd-turun-10", scenario.Name);
        var scale = Assert.Single(scenario.ScaleCeilings);
        Assert.Equal((0.9m, FundingSource.Apbd, 2025, 2027), (scale.Factor, scale.Source, scale.From!.Value.Value, scale.To!.Value.Value));
        Assert.Equal(["LIV-01"], scenario.ForceIn.Select(p => p.Value));
        Assert.Equal([("urgency", 0.5m)], scenario.Weights.Select(w => (w.Criterion.Value, w.Weight)));
        Assert.Equal(2030, scenario.LastYear!.Value.Value);
    }

    [Fact]
    public async Task A_stored_scenario_is_shown_with_its_values_and_is_deleted_by_its_own_button()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        const string Path = "/wilayah/33.13/rencana/skenario/sunting/health-first";
        var form = await EditorForm.OpenAsync(client, Path);

        Assert.Equal("LIV-01, LIV-05", form.Value("forceIn"));
        Assert.Equal("BRD-06", form.Value("forceOut"));
        Assert.Equal("0,35", form.Value("weights.urgency"));
        var delete = form.Page.QuerySelector("form[action*='handler=Delete'] button[type=submit]");
        Assert.Contains("health-first", delete!.TextContent, StringComparison.Ordinal);

        var deleted = await form.PostAsync(client, Path + "?handler=Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/wilayah/33.13/rencana/skenario?tersimpan=1", deleted.Headers.Location!.OriginalString);
        Assert.DoesNotContain("health-first", (await editor.NewestAsync()).Plan.Content.Scenarios.Select(s => s.Name));
        var list = await EditorForm.OpenAsync(client, "/wilayah/33.13/rencana/skenario");
        Assert.Null(list.Page.QuerySelector("a[href$='/health-first']"));
        Assert.NotNull(list.Page.QuerySelector("a[href$='/apbd-cut-20']"));
    }

    [Fact]
    public async Task The_roadmap_page_links_to_the_scenarios()
    {
        await using var editor = await EditorApp.StartAsync();

        var roadmap = await EditorForm.OpenAsync(editor.Planner, "/wilayah/33.13/peta-jalan");

        Assert.NotNull(roadmap.Page.QuerySelector("a[href='/wilayah/33.13/rencana/skenario']"));
    }
}
