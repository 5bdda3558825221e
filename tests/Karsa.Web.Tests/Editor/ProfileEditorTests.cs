using System.Net;

namespace Karsa.Web.Tests.Editor;

public sealed class ProfileEditorTests
{
    private const string Path = "/wilayah/33.13/rencana/profil";

    [Fact]
    public async Task Changing_the_region_code_is_refused_at_it_and_the_rest_of_the_profile_saves()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, Path);
        var typed = new[] { "region.code", "region.name", "region.kind", "region.province", "region.population.value", "region.population.year",
            "region.areaKm2.value", "region.areaKm2.year", "region.cohort", "region.districts" }
            .ToDictionary(f => f, f => form.Value(f) ?? string.Empty);
        Assert.Equal(("33.13", "955.116", "Kabupaten"), (typed["region.code"], typed["region.population.value"], typed["region.kind"]));
        typed["region.population.value"] = "960.000";
        typed["region.code"] = "33.14";

        var refused = await form.PostAsync(client, Path, typed);
        var shown = await EditorForm.ReadAsync(refused);
        typed["region.code"] = "33.13";
        var saved = await shown.PostAsync(client, Path, typed);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("KRS018", shown.MessageAt("region.code"), StringComparison.Ordinal);
        Assert.Equal("960.000", shown.Value("region.population.value"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var region = (await editor.NewestAsync()).Plan.Content.Region;
        Assert.Equal(960_000, region.Population!.Value);
        Assert.Equal(form.Value("region.districts")!.Split('\n').Length, region.Districts.Count);
    }

    [Fact]
    public async Task A_district_outside_the_region_is_shown_at_the_districts()
    {
        await using var editor = await EditorApp.StartAsync();
        var client = editor.Planner;
        var form = await EditorForm.OpenAsync(client, Path);
        var typed = new Dictionary<string, string>
        {
            ["region.code"] = "33.13",
            ["region.name"] = "Karanganyar",
            ["region.kind"] = "Kabupaten",
            ["region.province"] = "Jawa Tengah",
            ["region.districts"] = "33.13.01 Jatipuro\n33.14.02 Sragen",
        };

        var shown = await EditorForm.ReadAsync(await form.PostAsync(client, Path, typed));

        Assert.Contains("KRS043", shown.MessageAt("region.districts"), StringComparison.Ordinal);
        Assert.Equal("33.13.01 Jatipuro\n33.14.02 Sragen", shown.Value("region.districts")!.ReplaceLineEndings("\n").Trim());
    }
}
