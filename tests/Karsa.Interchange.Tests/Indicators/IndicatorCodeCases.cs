using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Interchange.Tests.CodeTable;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Tests.Indicators;

/// <summary>The diagnostic code table's cases for indicator catalogues, definitions and observations (KRS120-KRS124).</summary>
internal static class IndicatorCodeCases
{
    private const string Spbe = "definitions:\n  - {framework: spbe, code: \"1\", name: Arsitektur}\n";

    /// <summary>One case per code.</summary>
    public static IReadOnlyList<CodeCase> All { get; } =
    [
        new CustomCase("KRS120", "a definition of no U4SSC KPI",
            () => Merged(new IndicatorDefinition(IndicatorFramework.U4ssc, "EC: ICT: ICT: 1C", new LocalizedText("Akses"))),
            () => Merged(new IndicatorDefinition(IndicatorFramework.U4ssc, "EC: ICT: ICT: 9C", new LocalizedText("Akses"))), "definitions[0]"),
        new CustomCase("KRS121", "one SPBE indicator defined twice",
            () => DefinitionsReader.Read(Spbe, "d.yaml", IndicatorCatalogue.Shipped).Diagnostics,
            () => DefinitionsReader.Read(Spbe + "  - {framework: spbe, code: \"1\", name: Lagi}\n", "d.yaml", IndicatorCatalogue.Shipped).Diagnostics, "definitions[1].code"),
        new CustomCase("KRS122", "a fifth quarter", () => Parsed("2025-Q4"), () => Parsed("2025-Q5"), "period"),
        new CustomCase("KRS123", "an ISO code of clause 6 under theme 5",
            () => Merged(new IndicatorDefinition(IndicatorFramework.Iso37120, "5.1", new LocalizedText("X"), Kind: IndicatorKind.Core, Theme: "5")),
            () => Merged(new IndicatorDefinition(IndicatorFramework.Iso37120, "6.1", new LocalizedText("X"), Kind: IndicatorKind.Core, Theme: "5")), "definitions[0]"),
        new CustomCase("KRS124", "an at-risk tolerance below the on-track one",
            () => Made(() => new StatusRule(0.1m, 0.2m)), () => Made(() => new StatusRule(0.3m, 0.2m)), ""),
    ];

    private static IReadOnlyList<Diagnostic> Merged(IndicatorDefinition definition) => Made(() => IndicatorCatalogue.Shipped.WithDefinitions([definition]));

    private static IReadOnlyList<Diagnostic> Parsed(string period) => Made(() => ObservationPeriod.Parse(period));

    private static IReadOnlyList<Diagnostic> Made(Func<object> make)
    {
        _ = make();
        return [];
    }
}
