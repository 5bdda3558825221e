using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Testing;

/// <summary>
/// A programme's constructor arguments as a record, so a test can copy a programme with a few parts
/// changed: <c>ProgrammeParts.Of(p) with { Status = DeliveryStatus.Running }</c>, then <see cref="Build"/>.
/// </summary>
public sealed record ProgrammeParts(ProgrammeCode Code, LocalizedText Name, Dimension Dimension, ElementCode Element, AgencyCode Lead, int? Duration, ValueList<CostLine> Costs)
{
    /// <summary>The programme's Kind.</summary>
    public ProgrammeKind Kind { get; init; }

    /// <summary>The programme's Description.</summary>
    public string? Description { get; init; }

    /// <summary>The programme's Supporting.</summary>
    public ValueList<AgencyCode> Supporting { get; init; }

    /// <summary>The programme's QuickWin.</summary>
    public bool QuickWin { get; init; }

    /// <summary>The programme's EarliestStart.</summary>
    public FiscalYear? EarliestStart { get; init; }

    /// <summary>The programme's LatestStart.</summary>
    public FiscalYear? LatestStart { get; init; }

    /// <summary>The programme's DependsOn.</summary>
    public ValueList<Dependency> DependsOn { get; init; }

    /// <summary>The programme's Mandatory.</summary>
    public bool Mandatory { get; init; }

    /// <summary>The programme's Alternatives.</summary>
    public string? Alternatives { get; init; }

    /// <summary>The programme's Scores.</summary>
    public ValueList<CriterionScore> Scores { get; init; }

    /// <summary>The programme's Indicators.</summary>
    public ValueList<IndicatorCode> Indicators { get; init; }

    /// <summary>The programme's Locations.</summary>
    public ValueList<RegionCode> Locations { get; init; }

    /// <summary>The programme's Reference.</summary>
    public string? Reference { get; init; }

    /// <summary>The programme's CoLeads.</summary>
    public ValueList<AgencyCode> CoLeads { get; init; }

    /// <summary>The programme's Implementers.</summary>
    public ValueList<Implementer> Implementers { get; init; }

    /// <summary>The programme's Status.</summary>
    public DeliveryStatus Status { get; init; }

    /// <summary>The programme's StartedIn.</summary>
    public FiscalYear? StartedIn { get; init; }

    /// <summary>The programme's Recurrence.</summary>
    public ProgrammeRecurrence Recurrence { get; init; }

    /// <summary>The programme's Objective.</summary>
    public LocalizedText? Objective { get; init; }

    /// <summary>The programme's Outputs.</summary>
    public ValueList<ProgrammeResult> Outputs { get; init; }

    /// <summary>The programme's Outcomes.</summary>
    public ValueList<ProgrammeResult> Outcomes { get; init; }

    /// <summary>The programme's Renstra.</summary>
    public string? Renstra { get; init; }

    /// <summary>The programme's Canvas.</summary>
    public ServiceCanvas? Canvas { get; init; }

    /// <summary>The parts of <paramref name="p"/>.</summary>
    public static ProgrammeParts Of(Programme p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Code, p.Name, p.Dimension, p.Element, p.LeadAgency, p.DurationYears, p.Costs)
        {
            Kind = p.Kind,
            Description = p.Description,
            Supporting = p.SupportingAgencies,
            QuickWin = p.QuickWinCandidate,
            EarliestStart = p.EarliestStart,
            LatestStart = p.LatestStart,
            DependsOn = p.DependsOn,
            Mandatory = p.Mandatory,
            Alternatives = p.AlternativesGroup,
            Scores = p.Scores,
            Indicators = p.Indicators,
            Locations = p.Locations,
            Reference = p.PlanningReference,
            CoLeads = p.CoLeads,
            Implementers = p.Implementers,
            Status = p.Status,
            StartedIn = p.StartedIn,
            Recurrence = p.Recurrence,
            Objective = p.Objective,
            Outputs = p.Outputs,
            Outcomes = p.Outcomes,
            Renstra = p.RenstraReference,
            Canvas = p.ServiceCanvas,
        };
    }

    /// <summary>The programme these parts make (its constructor checks them).</summary>
    public Programme Build() => new(Code, Name, Dimension, Element, Lead, Duration, Costs, Kind, Description, Supporting, QuickWin, EarliestStart, LatestStart,
        DependsOn, Mandatory, Alternatives, Scores, Indicators, Locations, Reference, CoLeads, Implementers, Status, StartedIn, Recurrence, Objective,
        Outputs, Outcomes, Renstra, Canvas);
}
