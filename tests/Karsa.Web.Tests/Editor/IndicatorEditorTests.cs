using System.Net;

namespace Karsa.Web.Tests.Editor;

public sealed class IndicatorEditorTests
{
    private const string NewForm = "/wilayah/33.13/rencana/indikator/sunting";

    private static Dictionary<string, string> NewIndicator(string baselineYear) => new()
    {
        ["code"] = "LOC-WIFI",
        ["name.id"] = "Titik wifi publik",
        ["unit"] = "titik",
        ["framework"] = "Local",
        ["direction"] = "HigherIsBetter",
        ["baseline.value"] = "73,4",
        ["baseline.year"] = baselineYear,
    };

    [Fact]
    public async Task A_baseline_without_its_year_is_shown_at_the_year_keeping_the_value_then_the_indicator_saves()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, NewForm);

        var refused = await form.PostAsync(client, NewForm, NewIndicator(""));
        var shown = await EditorForm.ReadAsync(refused);
        var saved = await shown.PostAsync(client, NewForm, NewIndicator("2024"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("KRS004", shown.MessageAt("baseline.year"), StringComparison.Ordinal);
        Assert.Equal("73,4", shown.Value("baseline.value"));
        Assert.Equal("Local", shown.Value("framework"));
        Assert.Equal("/wilayah/33.13/rencana/indikator/sunting/LOC-WIFI?tersimpan=1", saved.Headers.Location!.OriginalString);
        var indicator = (await editor.NewestAsync()).Plan.Content.Indicators[^1];
        Assert.Equal(("LOC-WIFI", "titik", 73.4m, 2024), (indicator.Code.Value, indicator.Unit, indicator.Baseline!.Value, indicator.Baseline.Year.Value));
    }

    [Fact]
    public async Task An_indicator_with_targets_is_not_deleted_and_the_refusal_names_its_targets()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        const string Path = NewForm + "/ISO37120-5.1";
        var form = await EditorForm.OpenAsync(client, Path);

        var deleted = await form.PostAsync(client, Path + "?handler=Delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, deleted.StatusCode);
        var shown = await EditorForm.ReadAsync(deleted);
        Assert.Contains("targets.ISO37120-5.1", shown.Page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("ISO37120-5.1", shown.Value("code"));
        Assert.Contains("ISO37120-5.1", (await editor.NewestAsync()).Plan.Content.Indicators.Select(i => i.Code.Value));
    }
}
