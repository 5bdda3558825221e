using System.Text.RegularExpressions;
using Karsa.Interchange;

namespace Karsa.Cli.Tests;

public sealed partial class PlanCommandsTests
{
    [Fact]
    public async Task The_sample_plan_is_valid()
    {
        var (exit, output, error) = await CliRunner.RunAsync("validate", CliRunner.SamplePlan, "--lang", "en");

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("valid", output, StringComparison.Ordinal);
        Assert.DoesNotContain(": error ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_copy_names_the_duplicate_the_cycle_and_the_bad_cost_year_with_positions()
    {
        using var folder = new TempFolder();
        var broken = folder.File("broken.yaml");
        var (text, expected) = SampleBreaker.Break(await File.ReadAllTextAsync(CliRunner.SamplePlan));
        await File.WriteAllTextAsync(broken, text);

        var (exit, _, error) = await CliRunner.RunAsync("validate", broken, "--lang", "en");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        foreach (var (code, line) in expected)
        {
            Assert.True(Regex.IsMatch(error, $"broken\\.yaml:{line}:\\d+: error {code}:"), $"expected {code} on line {line}; got:\n{error}");
        }
    }

    [Fact]
    public async Task Import_then_export_reproduces_an_equal_plan_and_nothing_is_written_for_an_invalid_file()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        var exported = folder.File("exported.yaml");
        var original = PlanReader.ReadFile(CliRunner.SamplePlan);
        Assert.True(original.Succeeded);
        var region = original.Plan!.Content.Region.Code.Value;

        var invalid = folder.File("invalid.yaml");
        await File.WriteAllTextAsync(invalid, "karsa: 1\nregion: {code: '33.13'\n");
        var rejected = await CliRunner.RunAsync("import", invalid, "--db", db);
        var imported = await CliRunner.RunAsync("import", CliRunner.SamplePlan, "--db", db);
        var export = await CliRunner.RunAsync("export", region, "--db", db, "--out", exported);

        Assert.Equal(ExitCodes.InvalidInput, rejected.Exit);
        Assert.Equal(ExitCodes.Ok, imported.Exit);
        Assert.Equal(ExitCodes.Ok, export.Exit);
        var roundTripped = PlanReader.ReadFile(exported);
        Assert.True(roundTripped.Succeeded);
        Assert.Equal(original.Plan.Content, roundTripped.Plan!.Content);
    }

    [Fact]
    public async Task An_invalid_import_does_not_even_create_the_database()
    {
        using var folder = new TempFolder();
        var db = folder.File("never.db");
        var invalid = folder.File("invalid.json");
        await File.WriteAllTextAsync(invalid, "{\"karsa\": 1,");

        var (exit, _, error) = await CliRunner.RunAsync("import", invalid, "--db", db);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("invalid.json:1:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task Plans_lists_and_publish_freezes_and_unknown_regions_say_not_found()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        await CliRunner.RunAsync("import", CliRunner.SamplePlan, "--db", db);

        var refused = await CliRunner.RunAsync("publish", "33.13", "--db", db, "--lang", "en");
        await CliRunner.RunAsync("roadmap", "33.13", "--adopt", "--time-limit", "60", "--format", "json", "--db", db);
        var published = await CliRunner.RunAsync("publish", "33.13", "--db", db, "--lang", "en");
        var listed = await CliRunner.RunAsync("plans", "--db", db, "--lang", "en");
        var missing = await CliRunner.RunAsync("export", "33.99", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.InvalidInput, refused.Exit);
        Assert.Contains("KRS060", refused.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, published.Exit);
        Assert.Contains("published", listed.Out, StringComparison.Ordinal);
        Assert.Contains("33.13", listed.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.NotFound, missing.Exit);
        Assert.Contains("33.99", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_follow_the_chosen_language()
    {
        var indonesian = await CliRunner.RunAsync("validate", CliRunner.SamplePlan);
        var english = await CliRunner.RunAsync("validate", CliRunner.SamplePlan, "--lang", "en");

        Assert.Contains("sah", indonesian.Out, StringComparison.Ordinal);
        Assert.Contains("valid", english.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_command_line_exits_with_the_usage_code()
    {
        var (exit, _, error) = await CliRunner.RunAsync("export");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("karsa export --help", error, StringComparison.Ordinal);
    }
}
