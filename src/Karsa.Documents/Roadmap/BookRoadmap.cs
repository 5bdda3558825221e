using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;

namespace Karsa.Documents.Roadmap;

/// <summary>
/// The roadmap as the book shows it: the domain's <see cref="RoadmapView"/> (starts, ends, terms and
/// spending, computed once and used as they are), the reasons behind each programme's place in the
/// book's language, and how good the roadmap is. Build it from an adopted roadmap
/// (<see cref="Adopted"/>), from a planner's result (the view the planner made), or with
/// <see cref="Unscheduled"/> to make a book before any roadmap exists.
/// </summary>
/// <param name="View">Starts, ends, terms and spending.</param>
/// <param name="Reasons">Why programmes are where they are, in the book's language; programmes without reasons are absent.</param>
/// <param name="Optimal">True when proven optimal, false when not, null when unknown.</param>
/// <param name="Objective">The roadmap's value, when known.</param>
/// <param name="Detail">What blocks each programme per start year (for the appendix), when worked out.</param>
/// <param name="Unused">The ceilings left partly unused per year and source and why, when worked out.</param>
public sealed record BookRoadmap(RoadmapView View, IReadOnlyDictionary<ProgrammeCode, IReadOnlyList<string>> Reasons, bool? Optimal = null, decimal? Objective = null,
    IReadOnlyDictionary<ProgrammeCode, IReadOnlyList<BookStartReason>>? Detail = null, IReadOnlyList<BookUnusedCeiling>? Unused = null)
{
    /// <summary>Spending per year and source against the ceilings.</summary>
    public IReadOnlyList<YearSpending> Spending => View.Spending;

    /// <summary>
    /// Every programme at its earliest start (or the plan's first year); quick-win candidates that start
    /// within the quick-win years become quick wins. For a book of a plan that has no roadmap yet.
    /// </summary>
    public static BookRoadmap Unscheduled(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var starts = plan.Programmes.ToDictionary(p => p.Code, plan.CostAnchor);
        var lastQuickWinYear = plan.Period.First.Plus(plan.Content.Terms.QuickWinYears - 1);
        var quickWins = plan.Programmes.Where(p => p.QuickWinCandidate && starts[p.Code] <= lastQuickWinYear).Select(p => p.Code).ToHashSet();
        return new BookRoadmap(RoadmapView.Of(plan, starts, quickWins), new Dictionary<ProgrammeCode, IReadOnlyList<string>>());
    }

    /// <summary>
    /// The plan's adopted roadmap as it was adopted, with the reasons given (if any); its value and
    /// whether it was proven optimal (value equal to bound) come from the adoption. Null when the plan
    /// has no adopted roadmap.
    /// </summary>
    public static BookRoadmap? Adopted(Masterplan plan, IReadOnlyDictionary<ProgrammeCode, IReadOnlyList<string>>? reasons = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Content.Roadmap is not { } roadmap
            ? null
            : new BookRoadmap(RoadmapView.Of(plan, roadmap), reasons ?? new Dictionary<ProgrammeCode, IReadOnlyList<string>>(),
                roadmap.Bound is { } bound ? bound == roadmap.Value : null, roadmap.Value);
    }

    /// <summary>The place of <paramref name="code"/>.</summary>
    public RoadmapPlace Of(ProgrammeCode code) => View.Of(code);

    /// <summary>What blocks <paramref name="code"/> per start year (empty when none was given).</summary>
    public IReadOnlyList<BookStartReason> DetailFor(ProgrammeCode code) => Detail is not null && Detail.TryGetValue(code, out var detail) ? detail : [];

    /// <summary>The reasons for <paramref name="code"/>'s place (empty when none were given).</summary>
    public IReadOnlyList<string> ReasonsFor(ProgrammeCode code) => Reasons.TryGetValue(code, out var reasons) ? reasons : [];
}
