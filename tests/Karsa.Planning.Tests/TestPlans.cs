using Karsa.Domain.Agencies;
using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Regions;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

/// <summary>Hand-made plans for tests, built in code.</summary>
internal static class TestPlans
{
    public const long Billion = 1_000_000_000;

    public static readonly CriterionCode Impact = new("impact");

    public static PlannerOptions Options(double seconds = 5) =>
        new() { TimeLimit = TimeSpan.FromSeconds(seconds), Solver = new SolverSettings { Workers = 2, Seed = 7 } };

    /// <summary><see cref="Options"/> with every "what it would take" re-solve asked for.</summary>
    public static PlannerOptions WithWhatIfs(double seconds = 5) => Options(seconds) with { WhatIfs = WhatIfSelection.All };

    /// <summary>A programme with one impact score (1..5) and APBD cost per run year (in billions).</summary>
    public static Programme Programme(string code, int impact, long[] apbdBillions, Dimension dimension = Dimension.Governance,
        int? earliest = null, int? latest = null, bool mandatory = false, bool quickWin = false, string? group = null,
        Dependency[]? dependsOn = null, string agency = "DISKOMINFO", int firstYear = 2025, CriterionScore[]? scores = null, int? benefitLife = null)
    {
        var anchor = earliest ?? firstYear;
        var costs = apbdBillions.Select((b, offset) => new CostLine(new FiscalYear(anchor + offset), FundingSource.Apbd, new Rupiah(b * Billion))).ToValueList();
        var element = ElementCatalogue.Reference.First(e => e.Dimension == dimension).Code;
        return new Programme(new ProgrammeCode(code), new LocalizedText($"Program {code}"), dimension, element, new AgencyCode(agency),
            apbdBillions.Length, costs, quickWinCandidate: quickWin,
            earliestStart: earliest is { } e ? new FiscalYear(e) : null, latestStart: latest is { } l ? new FiscalYear(l) : null,
            dependsOn: (dependsOn ?? []).ToValueList(), mandatory: mandatory, alternativesGroup: group,
            scores: (scores ?? [new CriterionScore(Impact, impact)]).ToValueList(), benefitLifeYears: benefitLife);
    }

    /// <summary>A plan over <paramref name="years"/> years from 2025 with one impact criterion and APBD ceilings (billions per year).</summary>
    public static MasterplanContent Content(IEnumerable<Programme> programmes, long[] apbdCeilingBillions, int years = 5, int? capacity = null) => new()
    {
        Region = new Region(new RegionCode("33.13"), "Uji", RegionKind.Kabupaten, "Jawa Tengah", []),
        Title = new LocalizedText("Masterplan uji", "Test masterplan"),
        Period = PlanPeriod.Of(new FiscalYear(2025), years),
        Agencies = new[] { new Agency(new AgencyCode("DISKOMINFO"), "Dinas Kominfo", AgencyKind.Dinas, capacity), new Agency(new AgencyCode("BAPPEDA"), "Bappeda", AgencyKind.Badan) }.ToValueList(),
        Criteria = new[] { new Criterion(Impact, new LocalizedText("Dampak", "Impact"), 1m) }.ToValueList(),
        Programmes = programmes.ToValueList(),
        Ceilings = apbdCeilingBillions.Select((b, i) => new BudgetCeiling(new FiscalYear(2025 + i), FundingSource.Apbd, new Rupiah(b * Billion))).ToValueList(),
    };

    public static Masterplan Plan(IEnumerable<Programme> programmes, long[] apbdCeilingBillions, int years = 5, int? capacity = null) =>
        Masterplan.Create(Content(programmes, apbdCeilingBillions, years, capacity));
}
