using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Interchange.Tests;

/// <summary>Funding sources as a plan-level list in the plan file: format 2 files, plan-defined sources, their names and order.</summary>
public class FundingSourceFileTests
{
    /// <summary>A format 2 file as Karsa wrote it before format 3: every source format 2 knew, in costs, ceilings and a scenario.</summary>
    private const string Version2 = Snippets.Header + """
        programmes:
          - code: GOV-01
            name: Satu
            dimension: governance
            element: public-service
            lead: DISKOMINFO
            quickWin: true
            duration: 2
            costs:
              2022: {apbd: 1, apbn: 2, dak: 3, kpbu: 4, csr: 5, dana-desa: 6, other: 7}
              2023: {apbd: 8}
        budget:
          2022: {apbd: 10, apbn: 10, dak: 10, kpbu: 10, csr: 10, dana-desa: 10, other: 10}
          2023: {apbd: 10}
        scenarios:
          - name: tanpa-csr
            scaleCeilings: [{factor: 0, source: csr}]
            setCeilings:
              2023: {dana-desa: 0}

        """;

    private const string PlanDefined = """
        fundingSources:
          - {key: hibah-provinsi, name: {id: Hibah Provinsi, en: Provincial grant}, description: Hibah khusus dari Pemerintah Provinsi}
          - {key: baznas, name: BAZNAS}
        programmes:
          - code: GOV-01
            name: Satu
            dimension: governance
            element: public-service
            lead: DISKOMINFO
            quickWin: true
            duration: 1
            costs:
              2022: {apbd: 1, did: 2, baznas: 3, hibah-provinsi: 4}
        budget:
          2022: {apbd-provinsi: 5, baznas: 5, hibah-provinsi: 5}

        """;

    [Fact]
    public void A_version_2_file_reads_and_writes_back_as_version_3_with_the_same_content()
    {
        var old = Reading.Yaml(Version2);
        Assert.True(old.Succeeded, Reading.Describe(old));

        var written = PlanWriter.Write(old.Plan!, PlanFormat.Yaml);
        var again = Reading.Yaml(written);

        Assert.StartsWith("karsa: 3\n", written, StringComparison.Ordinal);
        Assert.DoesNotContain("fundingSources", written, StringComparison.Ordinal);
        Assert.Equal(old.Plan!.Content, again.Plan!.Content);
        Assert.Equal(FundingSourceCatalog.Defaults, again.Plan.Content.FundingSources);
        var expected = Version2.Replace("karsa: 2", "karsa: 3", StringComparison.Ordinal)
            .Replace("kpbu: 4, csr: 5, dana-desa: 6, other: 7", "dana-desa: 6, kpbu: 4, csr: 5, other: 7", StringComparison.Ordinal)
            .Replace("kpbu: 10, csr: 10, dana-desa: 10, other: 10", "dana-desa: 10, kpbu: 10, csr: 10, other: 10", StringComparison.Ordinal);
        Assert.Equal(expected.Split('\n').Where(l => l.Length > 0), written.Split('\n').Where(l => l.Length > 0));
    }

    [Fact]
    public void Plan_defined_sources_are_read_named_and_written_back_the_same()
    {
        var read = Reading.Yaml(Snippets.Header.Replace("karsa: 2", "karsa: 3", StringComparison.Ordinal) + PlanDefined);
        Assert.True(read.Succeeded, Reading.Describe(read));
        var sources = read.Plan!.Content.FundingSources;

        Assert.Equal(["apbd", "apbd-provinsi", "apbn", "dak", "did", "dana-desa", "blud", "kpbu", "csr", "other", "hibah-provinsi", "baznas"], sources.Keys);
        Assert.Equal("Provincial grant", sources.Label(new FundingSource("hibah-provinsi"), Language.English));
        Assert.Equal("BAZNAS", sources.Label(new FundingSource("baznas"), Language.English));
        Assert.Equal("Lainnya", sources.Label(FundingSource.Other, Language.Indonesian));
        Assert.Equal("Other", sources.Label(FundingSource.Other, Language.English));

        var written = PlanWriter.Write(read.Plan, PlanFormat.Yaml);
        Assert.Contains("\nfundingSources:\n  - key: hibah-provinsi\n    name: {id: Hibah Provinsi, en: Provincial grant}\n    description: Hibah khusus dari Pemerintah Provinsi\n  - {key: baznas, name: BAZNAS}\nprogrammes:\n", written, StringComparison.Ordinal);
        Assert.Contains("2022: {apbd: 1, did: 2, baznas: 3, hibah-provinsi: 4}", written, StringComparison.Ordinal);
        Assert.Equal(written, PlanWriter.Write(Reading.Yaml(written).Plan!, PlanFormat.Yaml));
        var json = PlanWriter.Write(read.Plan, PlanFormat.Json);
        Assert.Equal(read.Plan.Content, PlanReader.Read(json, PlanFormat.Json, "plan.json").Plan!.Content);
    }

    [Fact]
    public void A_source_the_plan_does_not_define_is_refused_where_it_is_used_naming_the_known_keys()
    {
        var read = Reading.Yaml(Snippets.Header + PlanDefined.Replace("  - {key: baznas, name: BAZNAS}\n", string.Empty, StringComparison.Ordinal));

        var cost = read.AssertAt("KRS146", 22, 31);
        read.AssertAt("KRS146", 24, 28);
        Assert.Contains("hibah-provinsi", cost.Message.In(Language.English), StringComparison.Ordinal);
        Assert.Contains("fundingSources", cost.Hint!.In(Language.English), StringComparison.Ordinal);
    }
}
