using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange;
using Karsa.Testing;

namespace Karsa.Cli.Tests;

/// <summary><c>karsa diff</c> prints the changes of the front matter, plan-level sections, funding sources, value model and programme sheets.</summary>
public sealed class DiffPlanPartsTests
{
    [Fact]
    public async Task Diff_prints_front_matter_sections_sources_value_model_and_programme_sheet_changes_in_both_languages()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        var older = SamplePlans.Adopted() with
        {
            BookMatter = new BookMatter(IssueDate: new DateOnly(2022, 12, 20)),
        };
        var gov = ProgrammeParts.Of(older.Programmes[0]);
        var newer = older with
        {
            BookMatter = new BookMatter(IssueDate: new DateOnly(2023, 1, 5)),
            Sections = new PlanSections(Infrastructure: new SupportingInfrastructure(DataCentre: new LocalizedText("Pusat data di Diskominfo."))),
            FundingSources = new FundingSourceCatalog([new FundingSourceDefinition(new FundingSource("hibah-provinsi"), new LocalizedText("Hibah Provinsi"))]),
            ValueModel = new ValueModel(15, 5),
            Programmes = [(gov with { Objective = new LocalizedText("Izin daring"), Locations = [new RegionCode("33.13.01.2001")] }).Build()],
        };
        await RunAsync("import", await WriteAsync(folder, "v1.yaml", older), "--db", db);
        await RunAsync("publish", "33.13", "--db", db);
        await RunAsync("import", await WriteAsync(folder, "v2.yaml", newer), "--db", db);

        var id = await RunAsync("diff", "33.13", "1", "2", "--db", db);
        var en = await RunAsync("diff", "33.13", "1", "2", "--db", db, "--lang", "en");

        Assert.Contains("\nBagian awal buku\n  - Tanggal terbit buku: 20 Desember 2022 → 5 Januari 2023\n", id, StringComparison.Ordinal);
        Assert.Contains("\nBab tingkat rencana\n  - Infrastruktur pendukung (pusat data) ditambahkan: «Pusat data di Diskominfo.»\n", id, StringComparison.Ordinal);
        Assert.Contains("\nSumber dana tambahan\n  - Sumber dana hibah-provinsi «Hibah Provinsi» ditambahkan\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Rencana: umur manfaat 10 tahun → 15 tahun\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Program GOV-01 «Mal Pelayanan Publik Digital»: lokasi 33.13.01.2001 «desa/kelurahan di Kecamatan Jatipuro» (baru); tujuan «Izin daring» (baru)\n",
            id, StringComparison.Ordinal);
        Assert.Contains("\nThe book's front matter\n  - The book's issue date: 20 December 2022 → 5 January 2023\n", en, StringComparison.Ordinal);
        Assert.Contains("  - Plan: benefit life 10 years → 15 years\n", en, StringComparison.Ordinal);
        Assert.Contains("location 33.13.01.2001 «village in Jatipuro district» (new); objective «Izin daring» (new)\n", en, StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(TempFolder folder, string name, MasterplanContent plan)
    {
        var path = folder.File(name);
        await File.WriteAllTextAsync(path, PlanWriter.Write(plan, PlanFormat.Yaml));
        return path;
    }

    private static async Task<string> RunAsync(params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(args);
        Assert.True(exit == ExitCodes.Ok, $"{string.Join(' ', args)}: {error}");
        return output;
    }
}
