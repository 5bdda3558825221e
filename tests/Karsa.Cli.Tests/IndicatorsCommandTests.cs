using Karsa.Interchange;
using Karsa.Testing;

namespace Karsa.Cli.Tests;

public sealed class IndicatorsCommandTests
{
    [Fact]
    public async Task A_wrong_file_is_refused_at_its_line_and_column_and_a_right_one_shows_in_the_status()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        await PublishedAsync(folder, db);
        var wrong = folder.File("wrong.csv");
        await File.WriteAllTextAsync(wrong, "region;framework;code;period;value;source\n33.13;local;IND-1;2026;53,5;BPS\n33.13;local;IND-1;2026-13;54;BPS\n");
        var right = folder.File("right.csv");
        await File.WriteAllTextAsync(right, "region;framework;code;period;value;source\n33.13;local;IND-1;2025;50;BPS\n33.13;local;IND-1;2026;53,5;BPS\n");

        var refused = await CliRunner.RunAsync("indicators", "import", "33.13", wrong, "--db", db, "--lang", "en");
        var empty = await CliRunner.RunAsync("indicators", "status", "33.13", "--as-of", "2026-12-31", "--db", db, "--lang", "en");
        var imported = await CliRunner.RunAsync("indicators", "import", "33.13", right, "--db", db, "--lang", "en");
        var status = await CliRunner.RunAsync("indicators", "status", "33.13", "--as-of", "2026-12-31", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.InvalidInput, refused.Exit);
        Assert.Contains("wrong.csv:3:19: error KRS122", refused.Error, StringComparison.Ordinal);
        Assert.Contains("On track 0, at risk 0, off track 0, not reported 1", empty.Out, StringComparison.Ordinal);
        Assert.True(imported.Exit == ExitCodes.Ok, imported.Error);
        Assert.Contains("2 observations read, 2 new or changed", imported.Out, StringComparison.Ordinal);
        Assert.True(status.Exit == ExitCodes.Ok, status.Error);
        Assert.Contains("at risk", status.Out, StringComparison.Ordinal);
        Assert.Contains("On track 0, at risk 1, off track 0, not reported 0", status.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_names_a_region_without_a_published_plan_and_a_wrong_date()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");

        var missing = await CliRunner.RunAsync("indicators", "status", "33.13", "--db", db, "--lang", "en");
        var badDate = await CliRunner.RunAsync("indicators", "status", "33.13", "--as-of", "31-12-2026", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.NotFound, missing.Exit);
        Assert.Equal(ExitCodes.Usage, badDate.Exit);
        Assert.Contains("31-12-2026", badDate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_definitions_let_ISO_codes_outside_the_plan_be_recorded_and_counted_towards_the_WCCD_level()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        await PublishedAsync(folder, db);
        var definitions = folder.File("iso.yaml");
        await File.WriteAllTextAsync(definitions, """
            definitions:
              - {framework: iso37120, code: "5.1", kind: core, theme: "5", name: Pengangguran}
              - {framework: iso37120, code: "5.4", kind: supporting, theme: "5", name: Pekerja penuh waktu}
            """);
        var observations = folder.File("iso.csv");
        await File.WriteAllTextAsync(observations, "region,framework,code,period,value,source\n33.13,iso37120,5.1,2026-06,5.2,BPS\n33.13,iso37120,5.4,2026-06,61,BPS\n");

        var unknown = await CliRunner.RunAsync("indicators", "import", "33.13", observations, "--db", db, "--lang", "en");
        var loaded = await CliRunner.RunAsync("indicators", "definitions", definitions, "--db", db, "--lang", "en");
        var imported = await CliRunner.RunAsync("indicators", "import", "33.13", observations, "--db", db, "--lang", "en");
        var status = await CliRunner.RunAsync("indicators", "status", "33.13", "--as-of", "2026-12-31", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.InvalidInput, unknown.Exit);
        Assert.Contains("iso.csv:2:16: error KRS166", unknown.Error, StringComparison.Ordinal);
        Assert.True(loaded.Exit == ExitCodes.Ok, loaded.Error);
        Assert.Contains("2 definitions stored for the installation; ISO 37120 catalogue: 1 core, 1 supporting", loaded.Out, StringComparison.Ordinal);
        Assert.True(imported.Exit == ExitCodes.Ok, imported.Error);
        Assert.Contains("WCCD (ISO 37120): core 1 of 46, supporting 1, level none", status.Out, StringComparison.Ordinal);
    }

    /// <summary>The adopted sample plan with IND-1 (baseline 40 % in 2024, targets 52 % in 2025 and 70 % in 2027), imported and published.</summary>
    private static async Task PublishedAsync(TempFolder folder, string db)
    {
        var content = IndicatorSamples.WithIndicators(SamplePlans.Adopted());
        var plan = folder.File("plan.yaml");
        await File.WriteAllTextAsync(plan, PlanWriter.Write(content, PlanFormat.Yaml));
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("import", plan, "--db", db)).Exit);
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("publish", "33.13", "--db", db)).Exit);
    }
}
