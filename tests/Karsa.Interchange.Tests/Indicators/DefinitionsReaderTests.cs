using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Tests.Indicators;

public class DefinitionsReaderTests
{
    private const string Good = """
        definitions:
          - framework: u4ssc
            code: "EC: ICT: ICT: 1C"
            name: {id: Akses internet rumah tangga, en: Household Internet Access}
            definition: Persentase rumah tangga dengan akses internet
            unit: "%"
            method: {id: rumah tangga berinternet dibagi seluruh rumah tangga kali 100}
          - framework: iso37120
            code: "5.1"
            kind: core
            theme: "5"
            name: Tingkat pengangguran
        """;

    // Every problem at its line and column: the quoted code starts at column 11, a framework value at 16.
    private const string Bad = """
        definitions:
          - framework: u4ssc
            code: "EC: ICT: ICT: 9C"
            name: Tidak ada
          - framework: spbe
            code: "1"
            name: Arsitektur
          - framework: spbe
            code: "1"
            name: Lagi
          - framework: iso37120
            code: "6.1"
            kind: core
            theme: "5"
            name: Salah
          - framework: smart
            code: "1"
            name: X
            colour: merah
        """;

    [Fact]
    public void A_good_file_gives_every_definition_and_they_merge_onto_the_catalogue()
    {
        var read = DefinitionsReader.Read(Good, "definisi.yaml", IndicatorCatalogue.Shipped);

        Assert.True(read.Succeeded, string.Join("\n", read.Diagnostics.Select(d => d.Format(Language.English))));
        Assert.Equal(2, read.Definitions!.Count);
        var internet = read.Definitions[0];
        Assert.Equal(("Household Internet Access", "%"), (internet.Name.In(Language.English), internet.Unit));
        Assert.Equal("rumah tangga berinternet dibagi seluruh rumah tangga kali 100", internet.CalculationMethod!.Indonesian);
        var merged = IndicatorCatalogue.Shipped.WithDefinitions(read.Definitions);
        Assert.Equal(IndicatorKind.Core, merged.Find(IndicatorFramework.Iso37120, "5.1")!.Kind);
    }

    [Fact]
    public void A_bad_file_gives_nothing_and_every_error_at_file_line_and_column()
    {
        var read = DefinitionsReader.Read(Bad, "definisi.yaml", IndicatorCatalogue.Shipped);

        Assert.False(read.Succeeded);
        Assert.Equal(
            [
                ("definisi.yaml:3:11", "KRS120"),   // not in the U4SSC catalogue
                ("definisi.yaml:9:11", "KRS121"),   // SPBE 1 again
                ("definisi.yaml:12:11", "KRS123"),  // clause 6 under theme 5
                ("definisi.yaml:16:16", "KRS005"),  // no framework 'smart'
                ("definisi.yaml:19:5", "KRS003"),   // unknown field
            ],
            read.Diagnostics.OrderBy(d => d.Location!.Line).Select(d => (d.Location!.ToString(), d.Code)));
        Assert.Contains("line 6", read.Diagnostics.Single(d => d.Code == "KRS121").Message.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_definitions_or_that_cannot_be_opened_is_reported()
    {
        Assert.Equal("KRS004", Assert.Single(DefinitionsReader.Read("other: 1\n", "d.yaml", IndicatorCatalogue.Shipped).Diagnostics, d => d.Code != "KRS003").Code);
        Assert.Equal("KRS008", Assert.Single(DefinitionsReader.ReadFile(Path.Combine(Path.GetTempPath(), "karsa-no-such-definitions.yaml"), IndicatorCatalogue.Shipped).Diagnostics).Code);
    }
}
