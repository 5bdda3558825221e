using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;

namespace Karsa.Domain.Plans;

/// <summary>
/// A region's smart city masterplan: the aggregate root. An instance always satisfies every rule of
/// <see cref="MasterplanRules"/> (errors are refused at creation; warnings are kept in
/// <see cref="Warnings"/>). It is immutable: a published version never changes; a draft is edited
/// through <see cref="AsDraft"/>, each edit giving a new instance.
/// </summary>
public sealed partial class Masterplan : IEquatable<Masterplan>
{
    private readonly Dictionary<ProgrammeCode, Programme> _programmes;

    private Masterplan(MasterplanContent content, IReadOnlyList<Diagnostic> warnings)
    {
        Content = content;
        Warnings = warnings;
        Catalogue = new ElementCatalogue(content.OwnElements);
        _programmes = content.Programmes.DistinctBy(p => p.Code).ToDictionary(p => p.Code);
    }

    /// <summary>Checks <paramref name="content"/> and returns the plan, or throws with every error found.</summary>
    public static Masterplan Create(MasterplanContent content)
    {
        var problems = MasterplanRules.Check(content);
        var errors = problems.Where(p => p.Severity == Severity.Error).ToList();
        return errors.Count > 0 ? throw new DomainException(errors) : new Masterplan(content, problems);
    }

    /// <summary>What the plan says.</summary>
    public MasterplanContent Content { get; }

    /// <summary>Warnings found when the plan was made.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>Reference elements plus the plan's own.</summary>
    public ElementCatalogue Catalogue { get; }

    /// <summary>The plan period.</summary>
    public PlanPeriod Period => Content.Period;

    /// <summary>The programmes in the authors' order.</summary>
    public ValueList<Programme> Programmes => Content.Programmes;

    /// <summary>Finds a programme by code.</summary>
    public Programme Programme(ProgrammeCode code) => _programmes[code];

    /// <summary>The year a programme's cost lines are anchored at: its earliest start, or the plan's first year.</summary>
    public FiscalYear CostAnchor(Programme programme) => MasterplanRules.CostAnchor(programme, Period);

    /// <summary>
    /// The years a programme may start in: from its earliest start (or the first plan year) to its
    /// latest start, no later than the year that still lets it end within the plan period. Empty
    /// (<c>Earliest &gt; Latest</c>) when it cannot fit at all.
    /// </summary>
    public (FiscalYear Earliest, FiscalYear Latest) StartWindow(Programme programme) =>
        MasterplanRules.StartWindow(programme, Period);

    /// <summary>
    /// The plan published: frozen from now on. Publishing a published plan changes nothing. Throws a
    /// <see cref="DomainException"/> when the plan has no adopted roadmap (KRS060) or its roadmap no
    /// longer fits the plan (the <see cref="RoadmapRules"/> problems, as errors).
    /// </summary>
    public Masterplan Publish()
    {
        if (Content.State == PlanState.Published)
        {
            return this;
        }

        IReadOnlyList<Diagnostic> problems = Content.Roadmap is null ? [Problems.PublishNeedsRoadmap().Under(RoadmapRules.Path)] : RoadmapRules.Check(Content);
        return problems.Count > 0
            ? throw new DomainException(problems)
            : new Masterplan(Content with { State = PlanState.Published }, Warnings);
    }

    /// <summary>
    /// The plan as a draft that edits apply to, or null when it is published: a published version is
    /// never edited (a new draft starts from it through the version lifecycle).
    /// </summary>
    public Edits.DraftPlan? AsDraft() => Content.State == PlanState.Draft ? new Edits.DraftPlan(this) : null;

    /// <inheritdoc />
    public bool Equals(Masterplan? other) => other is not null && Content.Equals(other.Content);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Masterplan);

    /// <inheritdoc />
    public override int GetHashCode() => Content.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => $"{Content.Region.Code} {Content.Region.FullName} v{Content.Version} ({Content.State})";
}
