using Karsa.Domain.Agencies;
using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;

namespace Karsa.Testing;

/// <summary>
/// A small plan for the roadmap rules: 2022-2031, APBD ceiling Rp 100 in 2023; agency A (capacity 1);
/// GOV-01 quick-win candidate (1 year, Rp 60 in its first year), GOV-02 (2 years) after GOV-01,
/// LIV-01 mandatory, LIV-02 and LIV-03 alternatives, LIV-04 quick-win candidate.
/// </summary>
public static class RoadmapPlans
{
    /// <summary>A programme code.</summary>
    public static ProgrammeCode Code(string code) => new(code);

    /// <summary>The plan (without a roadmap).</summary>
    public static MasterplanContent Content() => SamplePlans.Minimal() with
    {
        Agencies = new[] { new Agency(new AgencyCode("A"), "Dinas A", AgencyKind.Dinas, capacity: 1), new Agency(new AgencyCode("B"), "Dinas B", AgencyKind.Dinas) },
        Programmes = new[]
        {
            Programme("GOV-01", Dimension.Governance, "A", 1, quickWin: true, cost: 60),
            Programme("GOV-02", Dimension.Governance, "B", 2, dependsOn: "GOV-01"),
            Programme("LIV-01", Dimension.Living, "B", 1, mandatory: true),
            Programme("LIV-02", Dimension.Living, "B", 1, group: "alt"),
            Programme("LIV-03", Dimension.Living, "B", 1, group: "alt"),
            Programme("LIV-04", Dimension.Living, "A", 1, quickWin: true, cost: 60, earliest: 2023),
        },
        Ceilings = new[] { new BudgetCeiling(new FiscalYear(2023), FundingSource.Apbd, new Rupiah(100)) },
        QuickWinPriority = new[] { Dimension.Governance },
    };

    /// <summary>A feasible roadmap: GOV-01 2022 (quick win), GOV-02 2023, LIV-01 2022, LIV-02 2024, LIV-04 2023, LIV-03 out.</summary>
    public static AdoptedRoadmap Feasible() => Adopt(("GOV-01", 2022), ("GOV-02", 2023), ("LIV-01", 2022), ("LIV-02", 2024), ("LIV-03", null), ("LIV-04", 2023));

    /// <summary>A roadmap of the given starts (null: left out) with GOV-01 as its quick win.</summary>
    public static AdoptedRoadmap Adopt(params (string Code, int? Start)[] starts) => Adopt(["GOV-01"], starts);

    /// <summary>A roadmap of the given starts (null: left out) and quick wins.</summary>
    public static AdoptedRoadmap Adopt(string[] quickWins, params (string Code, int? Start)[] starts) => new(
        starts.Select(s => new AdoptedStart(Code(s.Code), s.Start is { } y ? new FiscalYear(y) : null)).ToValueList(),
        quickWins.Select(Code).ToValueList(), null, 10m, 10m);

    private static Programme Programme(string code, Dimension dimension, string lead, int duration, bool quickWin = false, long cost = 0,
        string? dependsOn = null, bool mandatory = false, string? group = null, int? earliest = null)
    {
        var anchor = new FiscalYear(earliest ?? 2022);
        return new Programme(Code(code), new LocalizedText(code), dimension, dimension == Dimension.Governance ? new ElementCode("public-service") : new ElementCode("health"),
            new AgencyCode(lead), duration, cost > 0 ? new ValueList<CostLine>([new CostLine(anchor, FundingSource.Apbd, new Rupiah(cost))]) : default,
            quickWinCandidate: quickWin, earliestStart: earliest is null ? null : anchor,
            dependsOn: dependsOn is null ? default : new ValueList<Dependency>([new Dependency(Code(dependsOn))]), mandatory: mandatory, alternativesGroup: group);
    }

    /// <summary>A roadmap that breaks exactly the rule of <paramref name="code"/> (KRS070-KRS079) at least once.</summary>
    public static AdoptedRoadmap Breaking(string code) => code switch
    {
        "KRS070" => Adopt(("GOV-01", 2022), ("GOV-02", 2023), ("LIV-01", 2022), ("LIV-02", 2024), ("LIV-03", null), ("LIV-04", 2023), ("XYZ", 2022)),
        "KRS071" => Adopt(("GOV-01", 2022), ("GOV-02", 2023), ("LIV-01", 2022), ("LIV-02", 2024), ("LIV-03", null)),
        "KRS072" => Adopt(("GOV-01", 2022), ("GOV-02", 2023), ("LIV-01", 2022), ("LIV-02", 2024), ("LIV-03", null), ("LIV-04", 2022)),
        "KRS073" => Adopt(("GOV-01", 2022), ("GOV-02", 2022), ("LIV-01", 2023), ("LIV-02", 2024), ("LIV-03", null), ("LIV-04", 2024)),
        "KRS074" => Adopt(("GOV-01", 2022), ("GOV-02", 2023), ("LIV-01", 2022), ("LIV-02", 2024), ("LIV-03", 2025), ("LIV-04", 2023)),
        "KRS075" => Adopt(["GOV-01"], ("GOV-01", 2023), ("GOV-02", 2024), ("LIV-01", 2022), ("LIV-02", 2024), ("LIV-03", null), ("LIV-04", 2023)),
        "KRS076" => Adopt(("GOV-01", 2022), ("GOV-02", 2023), ("LIV-01", 2022), ("LIV-02", 2024), ("LIV-03", null), ("LIV-04", 2022)),
        "KRS077" => Adopt(("GOV-01", 2022), ("GOV-02", 2023), ("LIV-01", null), ("LIV-02", 2024), ("LIV-03", null), ("LIV-04", 2023)),
        "KRS078" => Adopt(["GOV-02"], ("GOV-01", 2022), ("GOV-02", 2023), ("LIV-01", 2022), ("LIV-02", 2024), ("LIV-03", null), ("LIV-04", 2023)),
        _ => Adopt([], ("GOV-01", 2022), ("GOV-02", 2023), ("LIV-01", 2022), ("LIV-02", 2024), ("LIV-03", null), ("LIV-04", 2023)),
    };
}
