using Karsa.Interchange;
using Karsa.Testing;

namespace Karsa.Cli.Tests;

/// <summary><c>karsa progress</c> on the adopted minimal plan: DISKOMINFO's GOV-01, Rp 250.000.000 APBD in 2022, a one-year run.</summary>
public sealed class ProgressCommandTests
{
    [Fact]
    public async Task A_template_filled_with_one_bad_cell_is_refused_at_its_place_then_imported_once_and_shown_in_the_status()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        await PublishedAsync(folder, db);
        var template = folder.File("opd.xlsx");

        var written = await CliRunner.RunAsync("progress", "template", "33.13", "--agency", "DISKOMINFO", "--year", "2022", "--out", template, "--db", db);
        var before = await CliRunner.RunAsync("progress", "status", "33.13", "--year", "2022", "--db", db, "--lang", "en");
        var (bad, good) = (folder.File("bad.xlsx"), folder.File("good.xlsx"));
        await File.WriteAllBytesAsync(bad, Filled(await File.ReadAllBytesAsync(template), 140));
        await File.WriteAllBytesAsync(good, Filled(await File.ReadAllBytesAsync(template), 60));
        var refused = await CliRunner.RunAsync("progress", "import", "33.13", bad, "--db", db, "--lang", "en");
        var imported = await CliRunner.RunAsync("progress", "import", "33.13", good, "--db", db, "--lang", "en");
        var again = await CliRunner.RunAsync("progress", "import", "33.13", good, "--db", db, "--lang", "en");
        var status = await CliRunner.RunAsync("progress", "status", "33.13", "--year", "2022", "--db", db, "--lang", "en");

        Assert.True(written.Exit == ExitCodes.Ok, written.Error);
        Assert.Contains($"Lembar kerja ditulis: {template}", written.Out, StringComparison.Ordinal);
        Assert.Contains("Not started", before.Out, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, refused.Exit);
        Assert.Contains($"{bad}: Sheet 'Program', row 2, column E", refused.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was stored", refused.Error, StringComparison.Ordinal);
        Assert.True(imported.Exit == ExitCodes.Ok, imported.Error);
        Assert.Contains("1 of 1 programme reports changed", imported.Out, StringComparison.Ordinal);
        Assert.True(again.Exit == ExitCodes.Ok, again.Error);
        Assert.Contains("no changes", again.Out, StringComparison.Ordinal);
        Assert.True(status.Exit == ExitCodes.Ok, status.Error);
        Assert.Contains("Weighting rule: weighted by planned cost", status.Out, StringComparison.Ordinal);
        Assert.Matches(@"Whole plan\s*│\s*60 %", status.Out);
        Assert.Contains("Late", status.Out, StringComparison.Ordinal); // 60 % against the 100 % due in its only year
        Assert.Contains("Rp 250.000.000", status.Out, StringComparison.Ordinal);
        Assert.Contains("Rp 120.000.000", status.Out, StringComparison.Ordinal);
        Assert.Contains("48 %", status.Out, StringComparison.Ordinal); // 120 of 250 million realised
    }

    [Fact]
    public async Task The_status_of_another_agency_lists_none_of_GOV_01()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        await PublishedAsync(folder, db);

        var all = await CliRunner.RunAsync("progress", "status", "33.13", "--year", "2022", "--db", db);
        var other = await CliRunner.RunAsync("progress", "status", "33.13", "--year", "2022", "--agency", "DINKES", "--db", db);

        Assert.True(all.Exit == ExitCodes.Ok, all.Error);
        Assert.Contains("GOV-01", all.Out, StringComparison.Ordinal);
        Assert.Contains("Belum mulai", all.Out, StringComparison.Ordinal);
        Assert.True(other.Exit == ExitCodes.Ok, other.Error);
        Assert.Contains("OPD DINKES saja", other.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("GOV-01", other.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_region_without_a_published_plan_a_file_that_is_no_workbook_and_a_missing_file_are_named()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        var text = folder.File("notes.xlsx");
        await File.WriteAllTextAsync(text, "not a workbook");

        var unpublished = await CliRunner.RunAsync("progress", "status", "33.13", "--db", db, "--lang", "en");
        await PublishedAsync(folder, db);
        var notWorkbook = await CliRunner.RunAsync("progress", "import", "33.13", text, "--db", db, "--lang", "en");
        var missing = await CliRunner.RunAsync("progress", "import", "33.13", folder.File("nowhere.xlsx"), "--db", db, "--lang", "en");
        var badRegion = await CliRunner.RunAsync("progress", "template", "33.x", "--agency", "DISKOMINFO", "--year", "2022", "--db", db, "--lang", "en");
        var noAgency = await CliRunner.RunAsync("progress", "template", "33.13", "--year", "2022", "--db", db);
        var noYear = await CliRunner.RunAsync("progress", "template", "33.13", "--agency", "DISKOMINFO", "--db", db, "--lang", "en");

        Assert.Equal(ExitCodes.NotFound, unpublished.Exit);
        Assert.Contains("has not published a masterplan", unpublished.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, notWorkbook.Exit);
        Assert.Contains($"{text}: File: is not an Excel workbook (.xlsx)", notWorkbook.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.FileError, missing.Exit);
        Assert.Contains("nowhere.xlsx", missing.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, badRegion.Exit);
        Assert.Equal(ExitCodes.Usage, noAgency.Exit);
        Assert.Contains("--agency", noAgency.Error, StringComparison.Ordinal);
        Assert.Contains("Opsi --agency wajib diberikan.", noAgency.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, noYear.Exit);
        Assert.Contains("Option --year is required.", noYear.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", "Mengimpor lembar kerja OPD yang sudah diisi", "Pemakaian:")]
    [InlineData("en", "Import a filled agency workbook", "Usage:")]
    public async Task Help_speaks_the_chosen_language(string language, string import, string usage)
    {
        var help = await CliRunner.RunAsync("progress", "--help", "--lang", language);
        var importHelp = await CliRunner.RunAsync("progress", "import", "--help", "--lang", language);

        Assert.Equal(ExitCodes.Ok, help.Exit);
        Assert.Contains("template", help.Out, StringComparison.Ordinal);
        Assert.Contains("status", help.Out, StringComparison.Ordinal);
        Assert.Contains(import, importHelp.Out, StringComparison.Ordinal);
        Assert.Contains(usage, importHelp.Out, StringComparison.Ordinal);
    }

    /// <summary>The template with GOV-01 reported running at <paramref name="percent"/> % and Rp 120.000.000 of APBD realised.</summary>
    private static byte[] Filled(byte[] template, decimal percent) => WorkbookEditor.Edit(template, sheet =>
    {
        sheet.Text("Program", sheet.ColumnHeaded("Program", "Status") + "2", "Berjalan")
            .Number("Program", sheet.ColumnHeaded("Program", "Progres") + "2", percent)
            .Text("Program", sheet.ColumnHeaded("Program", "Realisasi APBD") + "2", "Rp 120.000.000");
    });

    private static async Task PublishedAsync(TempFolder folder, string db)
    {
        var plan = folder.File("plan.yaml");
        await File.WriteAllTextAsync(plan, PlanWriter.Write(SamplePlans.Adopted(), PlanFormat.Yaml));
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("import", plan, "--db", db)).Exit);
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("publish", "33.13", "--db", db)).Exit);
    }
}
