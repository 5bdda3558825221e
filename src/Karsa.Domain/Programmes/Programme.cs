using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Programmes;

/// <summary>
/// A programme of the masterplan: an intervention in one element of one dimension, led by one or more
/// agencies, with a multi-year cost profile and the rules the roadmap planner must respect.
/// A new programme (the default) has a duration and is scheduled by the planner, unless it is not
/// estimated yet (neither duration nor cost: <see cref="CostKnown"/> is false); a running or existing
/// service (<see cref="Status"/>) is kept where it is, may have started before the plan period, and may
/// leave its duration and cost unknown.
/// Invariants kept here: a new programme with cost lines has a duration, a stated duration is 1..30 years; earliest
/// start not after latest start; at most one cost line per year and source, sorted by year then
/// source; no duplicate or self dependencies; no agency twice among the leads; running-service fields
/// (<c>startedIn</c>, <c>recurrence</c>) only on running services, which have no start window; an own
/// benefit life of 1..100 years.
/// Rules that need the rest of the plan (known codes, plan period, cycles) live in
/// <see cref="Plans.MasterplanRules"/>.
/// </summary>
public sealed record Programme
{
    /// <summary>The longest programme run accepted.</summary>
    public const int MaxDurationYears = 30;

    /// <summary>The longest benefit life accepted, as for the plan's value model.</summary>
    public const int MaxBenefitLifeYears = 100;

    /// <summary>Creates a programme, enforcing its own invariants.</summary>
    public Programme(
        ProgrammeCode code,
        LocalizedText name,
        Dimension dimension,
        ElementCode element,
        AgencyCode leadAgency,
        int? durationYears,
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
        ValueList<AgencyCode> coLeads = default,
        ValueList<Implementer> implementers = default,
        DeliveryStatus status = DeliveryStatus.New,
        FiscalYear? startedIn = null,
        ProgrammeRecurrence recurrence = ProgrammeRecurrence.None,
        LocalizedText? objective = null,
        ValueList<ProgrammeResult> outputs = default,
        ValueList<ProgrammeResult> outcomes = default,
        string? renstraReference = null,
        ServiceCanvas? serviceCanvas = null,
        int? benefitLifeYears = null)
    {
        CheckDelivery(durationYears, costs.Count > 0, status, startedIn, recurrence, earliestStart, latestStart);
        if (durationYears is { } stated && stated is < 1 or > MaxDurationYears)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("durasi", "duration"), stated.ToString(System.Globalization.CultureInfo.InvariantCulture), $"1..{MaxDurationYears}").Under("duration"));
        }

        if (earliestStart is { } e && latestStart is { } l && e > l)
        {
            throw new DomainException(Problems.StartWindowReversed(e.Value, l.Value).Under("start"));
        }

        if (benefitLifeYears is { } life && life is < 1 or > MaxBenefitLifeYears)
        {
            throw new DomainException(Problems.BenefitLifeOutOfRange(life, MaxBenefitLifeYears).Under("benefitLifeYears"));
        }

        var duplicateCost = costs.GroupBy(c => (c.Year, c.Source)).FirstOrDefault(g => g.Count() > 1);
        if (duplicateCost is not null)
        {
            throw new DomainException(Problems.DuplicateCostLine(duplicateCost.Key.Year.Value, duplicateCost.Key.Source.Key)
                .Under($"costs.{duplicateCost.Key.Year}.{duplicateCost.Key.Source.Key}"));
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

        var twice = new[] { leadAgency }.Concat(coLeads).GroupBy(a => a).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new DomainException(Problems.LeadNamedTwice(twice.Key.Value).Under("coLeads"));
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
        Locations = districts;
        Districts = districts.Select(l => l.Level > 3 ? AncestorAt(l, 3) : l).Distinct().ToValueList();
        PlanningReference = string.IsNullOrWhiteSpace(planningReference) ? null : planningReference;
        CoLeads = coLeads;
        Implementers = implementers;
        Status = status;
        StartedIn = startedIn;
        Recurrence = recurrence;
        Objective = objective;
        Outputs = outputs;
        Outcomes = outcomes;
        RenstraReference = string.IsNullOrWhiteSpace(renstraReference) ? null : renstraReference;
        ServiceCanvas = serviceCanvas is { IsEmpty: false } ? serviceCanvas : null;
        BenefitLifeYears = benefitLifeYears;
    }

    /// <summary>Unique code within the plan, e.g. GOV-01.</summary>
    public ProgrammeCode Code { get; }

    /// <summary>Programme name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The dimension it belongs to.</summary>
    public Dimension Dimension { get; }

    /// <summary>The element of that dimension.</summary>
    public ElementCode Element { get; }

    /// <summary>The agency (OPD) accountable for it; the first lead when it has co-leads.</summary>
    public AgencyCode LeadAgency { get; }

    /// <summary>How many fiscal years a run lasts; null only for a running or existing service whose duration is not known.</summary>
    public int? DurationYears { get; }

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

    /// <summary>
    /// Where it is carried out: Home Affairs codes of districts (33.13.09) and villages (33.13.09.2001),
    /// as the plan lists them; empty means the whole region.
    /// </summary>
    public ValueList<RegionCode> Locations { get; }

    /// <summary>The districts it serves: each location's district, in order, once; empty means the whole region.</summary>
    public ValueList<RegionCode> Districts { get; }

    /// <summary>The RPJMD or Renstra item it implements.</summary>
    public string? PlanningReference { get; }

    /// <summary>The other agencies that lead it together with <see cref="LeadAgency"/> (co-leads).</summary>
    public ValueList<AgencyCode> CoLeads { get; }

    /// <summary>Every lead: <see cref="LeadAgency"/> first, then the co-leads.</summary>
    public IEnumerable<AgencyCode> Leads => CoLeads.Prepend(LeadAgency);

    /// <summary>Bodies outside the regency's agencies that carry it out (village governments, community groups, ...).</summary>
    public ValueList<Implementer> Implementers { get; }

    /// <summary>New work, or a running or existing service.</summary>
    public DeliveryStatus Status { get; }

    /// <summary>True for a running or existing service: the roadmap keeps it where it is instead of scheduling it.</summary>
    public bool IsUnderWay => Status != DeliveryStatus.New;

    /// <summary>The fiscal year a running or existing service started, which may be before the plan period; null when not known.</summary>
    public FiscalYear? StartedIn { get; }

    /// <summary>How a running or existing service repeats.</summary>
    public ProgrammeRecurrence Recurrence { get; }

    /// <summary>
    /// False when its cost is not known (never taken as Rp 0): a service under way without cost lines, or a
    /// new programme not estimated yet (no duration and no cost lines). A new programme with a duration and
    /// no cost lines costs nothing, as before.
    /// </summary>
    public bool CostKnown => IsUnderWay ? Costs.Count > 0 : DurationYears is not null;
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

    /// <summary>
    /// Years of benefit after its run ends, when it differs from the plan's value model (a data centre
    /// 15, a training 3); null: the plan's <see cref="Plans.ValueModel.BenefitLifeYears"/>.
    /// </summary>
    public int? BenefitLifeYears { get; }

    /// <summary>Total cost over its run, all sources.</summary>
    public Rupiah TotalCost => Costs.Aggregate(Rupiah.Zero, (sum, c) => sum + c.Amount);

    /// <summary>
    /// The cost profile as (year of the run counted from 0, source, amount), given the year its cost
    /// lines are anchored at (its earliest start year, or the plan's first year when it has none).
    /// </summary>
    public IEnumerable<(int Offset, FundingSource Source, Rupiah Amount)> Profile(FiscalYear anchor) =>
        Costs.Select(c => (c.Year.YearsSince(anchor), c.Source, c.Amount));

    /// <summary>
    /// The last year (a year number, possibly past the calendar's range) of a run placed in <paramref name="start"/>: by its duration (counted from
    /// <see cref="StartedIn"/> when a service under way started earlier, never before
    /// <paramref name="start"/>), or <paramref name="openEnd"/> when it has none.
    /// </summary>
    public int RunEnd(FiscalYear start, FiscalYear openEnd) => DurationYears is { } years
        ? Math.Max(start.Value, RunFrom(start.Value) + years - 1)
        : openEnd.Value;

    /// <summary>
    /// The first year a programme that depends on this one (with no lag) may start, when this one is placed in
    /// <paramref name="start"/>: the year after its run, or, for a service under way without a duration, its
    /// start year itself (it is in place already).
    /// </summary>
    public int SuccessorsFrom(int start) => DurationYears is { } years
        ? Math.Max(start, RunFrom(start) + years)
        : start;

    private int RunFrom(int start) => StartedIn is { } started && started.Value < start ? started.Value : start;

    private static RegionCode AncestorAt(RegionCode code, int level)
    {
        var at = code;
        while (at.Level > level && at.Parent is { } parent)
        {
            at = parent;
        }

        return at;
    }

    private static void CheckDelivery(int? durationYears, bool hasCosts, DeliveryStatus status, FiscalYear? startedIn, ProgrammeRecurrence recurrence,
        FiscalYear? earliestStart, FiscalYear? latestStart)
    {
        if (status != DeliveryStatus.New)
        {
            if (earliestStart is not null || latestStart is not null)
            {
                throw new DomainException(Problems.WindowOnRunningService().Under("start"));
            }

            return;
        }

        if (durationYears is null && hasCosts)
        {
            throw new DomainException(Problems.MissingField("duration").Under("duration"));
        }

        if (startedIn is not null)
        {
            throw new DomainException(Problems.NotARunningService("startedIn").Under("startedIn"));
        }

        if (recurrence != ProgrammeRecurrence.None)
        {
            throw new DomainException(Problems.NotARunningService("recurrence").Under("recurrence"));
        }
    }
}
