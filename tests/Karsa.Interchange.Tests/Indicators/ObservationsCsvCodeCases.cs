using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Interchange.Tests.CodeTable;

namespace Karsa.Interchange.Tests.Indicators;

/// <summary>The diagnostic code table's cases for observations files (KRS125-KRS129, KRS165-KRS166 in an import's scope): a right file, then one change.</summary>
internal static class ObservationsCsvCodeCases
{
    private const string Header = "region,framework,code,period,value,source\n";
    private const string Good = Header + "33.13,local,IND-1,2025,52.5,BPS\n";

    /// <summary>One case per code.</summary>
    public static IReadOnlyList<CodeCase> All { get; } =
    [
        Case("KRS125", "a line with a field too many", Good + "33.13,local,IND-1,2026,52.5,BPS,x\n", ""),
        Case("KRS126", "a value with a thousands separator", Good + "33.13,local,IND-1,2026,\"1,234.5\",BPS\n", "value"),
        Case("KRS127", "more wrong lines than are listed",
            Good + string.Concat(Enumerable.Repeat("33.13,local,IND-1,2026,x,BPS\n", ObservationsCsv.MaxListedErrors + 1)), ""),
        Case("KRS128", "a quote left open", Good + "33.13,local,IND-1,2026,52.5,\"BPS\n", ""),
        Case("KRS129", "a source too long", Good + $"33.13,local,IND-1,2026,52.5,{new string('s', ObservationsCsv.MaxSourceLength + 1)}\n", "source"),
        Case("KRS165", "a line of another region in a region's import", Good + "33.72,local,IND-1,2026,52.5,BPS\n", "region"),
        Case("KRS166", "an indicator the region does not know", Good + "33.13,local,IND-2,2026,52.5,BPS\n", "code"),
    ];

    private static readonly ObservationScope Scope = new(new RegionCode("33.13"), new HashSet<(IndicatorFramework, string)> { (IndicatorFramework.Local, "IND-1") });

    private static CustomCase Case(string code, string what, string file, string path) =>
        new(code, what, () => Checked(Good), () => Checked(file), path);

    private static IReadOnlyList<Diagnostic> Checked(string file) => ObservationsCsv.Check(new StringReader(file), "o.csv", Scope);
}
