using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Programmes;

/// <summary>
/// A programme of the masterplan: an intervention in one element of one dimension, led by one agency,
/// with a multi-year cost profile and the rules the roadmap planner must respect.
/// Invariants kept here: duration 1..30 years; earliest start not after latest start; at most one
/// cost line per year and source, sorted by year then source; no duplicate or self dependencies.
/// Rules that need the rest of the plan (known codes, plan period, cycles) live in
/// <see cref="Plans.MasterplanRules"/>.
/// </summary>
public sealed record Programme
{
    /// <summary>The longest programme run accepted.</summary>
    public const int MaxDurationYears = 30;

    /// <summary>Creates a programme, enforcing its own invariants.</summary>
    public Programme(
        ProgrammeCode code,
        LocalizedText name,
        Dimension dimension,
        ElementCode element,
        AgencyCode leadAgency,
        int durationYears,
        ValueList<CostLine> costs,
        ProgrammeKind kind = ProgrammeKind.Other,
        string? description = null,
        ValueList<AgencyCode> supportingAgencies = default,
        bool quickWinCandidate = false,
        FiscalYear? earliestStart = null,
        FiscalYear? latestStart = null,
        ValueList<Dependency> dependsOn = default,
        bool mandatory = false,
        string? alternativesGroup = null,
        ValueList<CriterionScore> scores = default,
        ValueList<IndicatorCode> indicators = default,
        ValueList<RegionCode> districts = default,
        string? planningReference = null,
        LocalizedText? objective = null,
        ValueList<ProgrammeResult> outputs = default,
        ValueList<ProgrammeResult> outcomes = default,
        string? renstraReference = null,
        ServiceCanvas? serviceCanvas = null)
    {
        if (durationYears is < 1 or > MaxDurationYears)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("durasi", "duration"), durationYears.ToString(System.Globalization.CultureInfo.InvariantCulture), $"1..{MaxDurationYears}").Under("duration"));
        }

        if (earliestStart is { } e && latestStart is { } l && e > l)
        {
            throw new DomainException(Problems.StartWindowReversed(e.Value, l.Value).Under("start"));
        }

        var duplicateCost = costs.GroupBy(c => (c.Year, c.Source)).FirstOrDefault(g => g.Count() > 1);
        if (duplicateCost is not null)
        {
            throw new DomainException(Problems.DuplicateCostLine(duplicateCost.Key.Year.Value, duplicateCost.Key.Source.Key())
                .Under($"costs.{duplicateCost.Key.Year}.{duplicateCost.Key.Source.Key()}"));
        }

        if (dependsOn.Any(d => d.Programme == code))
        {
            throw new DomainException(Problems.SelfDependency(code.Value).Under("dependsOn"));
        }

        var duplicateDependency = dependsOn.GroupBy(d => d.Programme).FirstOrDefault(g => g.Count() > 1);
        if (duplicateDependency is not null)
        {
            throw new DomainException(Problems.DuplicateKey(duplicateDependency.Key.Value).Under("dependsOn"));
        }

        Code = code;
        Name = name;
        Dimension = dimension;
        Element = element;
        LeadAgency = leadAgency;
        DurationYears = durationYears;
        Costs = costs.OrderBy(c => c.Year).ThenBy(c => c.Source).ToValueList();
        Kind = kind;
        Description = string.IsNullOrWhiteSpace(description) ? null : description;
        SupportingAgencies = supportingAgencies;
        QuickWinCandidate = quickWinCandidate;
        EarliestStart = earliestStart;
        LatestStart = latestStart;
        DependsOn = dependsOn;
        Mandatory = mandatory;
        AlternativesGroup = string.IsNullOrWhiteSpace(alternativesGroup) ? null : alternativesGroup;
        Scores = scores;
        Indicators = indicators;
        Districts = districts;
        PlanningReference = string.IsNullOrWhiteSpace(planningReference) ? null : planningReference;
        Objective = objective;
        Outputs = outputs;
        Outcomes = outcomes;
        RenstraReference = string.IsNullOrWhiteSpace(renstraReference) ? null : renstraReference;
        ServiceCanvas = serviceCanvas is { IsEmpty: false } ? serviceCanvas : null;
    }

    /// <summary>Unique code within the plan, e.g. GOV-01.</summary>
    public ProgrammeCode Code { get; }

    /// <summary>Programme name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The dimension it belongs to.</summary>
    public Dimension Dimension { get; }

    /// <summary>The element of that dimension.</summary>
    public ElementCode Element { get; }

    /// <summary>The agency (OPD) accountable for it.</summary>
    public AgencyCode LeadAgency { get; }

    /// <summary>How many fiscal years a run lasts.</summary>
    public int DurationYears { get; }

    /// <summary>Cost per year and source for a run starting in the earliest start year; sorted.</summary>
    public ValueList<CostLine> Costs { get; }

    /// <summary>Kind of intervention.</summary>
    public ProgrammeKind Kind { get; }

    /// <summary>Free-text description (Markdown).</summary>
    public string? Description { get; }

    /// <summary>Agencies that support the lead agency.</summary>
    public ValueList<AgencyCode> SupportingAgencies { get; }

    /// <summary>True when the planners consider it a candidate quick win.</summary>
    public bool QuickWinCandidate { get; }

    /// <summary>The first year it may start; the plan's first year when absent.</summary>
    public FiscalYear? EarliestStart { get; }

    /// <summary>The last year it may start; as late as it still ends in the plan period when absent.</summary>
    public FiscalYear? LatestStart { get; }

    /// <summary>Programmes that must finish first.</summary>
    public ValueList<Dependency> DependsOn { get; }

    /// <summary>True when the roadmap must include it.</summary>
    public bool Mandatory { get; }

    /// <summary>At most one programme of the same group is chosen.</summary>
    public string? AlternativesGroup { get; }

    /// <summary>Scores on the plan's criteria.</summary>
    public ValueList<CriterionScore> Scores { get; }

    /// <summary>Indicators it is expected to move.</summary>
    public ValueList<IndicatorCode> Indicators { get; }

    /// <summary>Districts it serves; empty means the whole region.</summary>
    public ValueList<RegionCode> Districts { get; }

    /// <summary>The RPJMD or Renstra item it implements.</summary>
    public string? PlanningReference { get; }

    /// <summary>What the programme sets out to achieve (Markdown).</summary>
    public LocalizedText? Objective { get; }

    /// <summary>What it delivers, each with its yearly targets.</summary>
    public ValueList<ProgrammeResult> Outputs { get; }

    /// <summary>The changes it brings about, each with its yearly targets.</summary>
    public ValueList<ProgrammeResult> Outcomes { get; }

    /// <summary>The item of the lead agency's Renstra (strategic plan) it implements.</summary>
    public string? RenstraReference { get; }

    /// <summary>The service canvas of a quick win; never an empty one.</summary>
    public ServiceCanvas? ServiceCanvas { get; }

    /// <summary>Total cost over its run, all sources.</summary>
    public Rupiah TotalCost => Costs.Aggregate(Rupiah.Zero, (sum, c) => sum + c.Amount);

    /// <summary>
    /// The cost profile as (year of the run counted from 0, source, amount), given the year its cost
    /// lines are anchored at (its earliest start year, or the plan's first year when it has none).
    /// </summary>
    public IEnumerable<(int Offset, FundingSource Source, Rupiah Amount)> Profile(FiscalYear anchor) =>
        Costs.Select(c => (c.Year.YearsSince(anchor), c.Source, c.Amount));
}
