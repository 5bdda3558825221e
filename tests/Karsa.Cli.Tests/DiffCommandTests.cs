using System.Text.Json;

namespace Karsa.Cli.Tests;

public sealed class DiffCommandTests
{
    [Fact]
    public async Task A_second_version_with_a_moved_start_a_removed_programme_and_a_lower_ceiling_reads_as_written_in_both_languages()
    {
        using var folder = new TempFolder();
        var db = await TwoVersionsAsync(folder);

        var id = await CliRunner.RunAsync("diff", "33.13", "1", "2", "--db", db);
        var en = await CliRunner.RunAsync("diff", "33.13", "1", "2", "--db", db, "--lang", "en");

        Assert.True(id.Exit == ExitCodes.Ok, id.Error);
        Assert.Equal(
            """
            Perubahan Kabupaten Karanganyar (33.13): versi 1 (terbit) → versi 2 (draf)

            Umum: tidak ada perubahan
            Visi dan misi: tidak ada perubahan
            Narasi: tidak ada perubahan
            Bagian awal buku: tidak ada perubahan
            Bab tingkat rencana: tidak ada perubahan
            Elemen tambahan daerah: tidak ada perubahan
            Kesiapan daerah: tidak ada perubahan
            Analisis SWOT: tidak ada perubahan
            Strategi: tidak ada perubahan
            Perangkat daerah: tidak ada perubahan
            Kriteria penilaian: tidak ada perubahan
            Sumber dana tambahan: tidak ada perubahan

            Program
              - Program ECO-03 «Pajak Daerah Daring Terpadu» dihapus (biaya total Rp 2.000.000.000)
              - Program LIV-04 «SIMRS Berbasis Layanan Awan (Sewa)»: mulai paling awal 2024 → 2026

            Pagu anggaran
              - Tahun 2026: pagu APBD Rp 9.500.000.000 → Rp 9.000.000.000 (-Rp 500.000.000)

            Indikator: tidak ada perubahan
            Target indikator: tidak ada perubahan
            Skenario: tidak ada perubahan
            Peta jalan yang diadopsi: tidak ada perubahan

            """.ReplaceLineEndings("\n"),
            id.Out);
        Assert.True(en.Exit == ExitCodes.Ok, en.Error);
        Assert.StartsWith("Changes to Kabupaten Karanganyar (33.13): version 1 (published) → version 2 (draft)\n", en.Out, StringComparison.Ordinal);
        Assert.Contains("\nProgrammes\n  - Programme ECO-03 «Integrated online regional taxes» removed (total cost Rp 2.000.000.000)\n"
            + "  - Programme LIV-04 «Cloud hospital information system (subscription)»: earliest start 2024 → 2026\n", en.Out, StringComparison.Ordinal);
        Assert.Contains("\nBudget ceilings\n  - Year 2026: ceiling APBD Rp 9.500.000.000 → Rp 9.000.000.000 (-Rp 500.000.000)\n", en.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_json_format_holds_typed_changes_under_stable_keys()
    {
        using var folder = new TempFolder();
        var db = await TwoVersionsAsync(folder);

        var (exit, output, error) = await CliRunner.RunAsync("diff", "33.13", "1", "2", "--db", db, "--format", "json", "--lang", "en");

        Assert.True(exit == ExitCodes.Ok, error);
        using var json = JsonDocument.Parse(output);
        var sections = json.RootElement.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(["programmes", "ceilings"], sections.Where(s => s.GetProperty("changed").GetBoolean()).Select(s => s.GetProperty("key").GetString()));
        var programmes = sections.Single(s => s.GetProperty("key").GetString() == "programmes").GetProperty("items");
        Assert.Equal(("ECO-03", "removed", 2_000_000_000L), (programmes[0].GetProperty("key").GetString(), programmes[0].GetProperty("change").GetString(),
            programmes[0].GetProperty("old").GetProperty("value").GetInt64()));
        var start = programmes[1].GetProperty("fields")[0];
        Assert.Equal(("programmes[LIV-04].earliestStart", 2024, 2026), (start.GetProperty("path").GetString(),
            start.GetProperty("old").GetProperty("value").GetInt32(), start.GetProperty("new").GetProperty("value").GetInt32()));
    }

    [Fact]
    public async Task A_version_compared_with_itself_has_no_changes_and_unknown_versions_and_bad_codes_say_so()
    {
        using var folder = new TempFolder();
        var db = await TwoVersionsAsync(folder);

        var same = await CliRunner.RunAsync("diff", "33.13", "2", "2", "--db", db, "--lang", "en");
        var missing = await CliRunner.RunAsync("diff", "33.13", "1", "9", "--db", db, "--lang", "en");
        var region = await CliRunner.RunAsync("diff", "33.99", "1", "2", "--db", db);
        var malformed = await CliRunner.RunAsync("diff", "3x", "1", "2", "--db", db, "--lang", "en");

        Assert.Equal((ExitCodes.Ok, "Changes to Kabupaten Karanganyar (33.13): version 2 (draft) → version 2 (draft)\nNo changes: both versions say the same.\n"), (same.Exit, same.Out));
        Assert.Equal((ExitCodes.NotFound, "Not found: Region 33.13 has no version 9."), (missing.Exit, missing.Error.Trim()));
        Assert.Equal(ExitCodes.NotFound, region.Exit);
        Assert.Contains("33.99", region.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.InvalidInput, malformed.Exit);
        Assert.Contains("KRS010", malformed.Error, StringComparison.Ordinal);
    }

    /// <summary>Imports and publishes the sample as version 1, then imports an edited copy as version 2; returns the database.</summary>
    private static async Task<string> TwoVersionsAsync(TempFolder folder)
    {
        var db = folder.File("karsa.db");
        var edited = folder.File("edited.yaml");
        await File.WriteAllTextAsync(edited, SampleEdits.MoveRemoveAndCut(await File.ReadAllTextAsync(CliRunner.SamplePlan)));
        await CliRunner.PublishSampleAsync(db);
        foreach (var step in new[] { new[] { "import", edited } })
        {
            var (exit, _, error) = await CliRunner.RunAsync([.. step, "--db", db]);
            Assert.True(exit == ExitCodes.Ok, $"{string.Join(' ', step)}: {error}");
        }

        return db;
    }
}
