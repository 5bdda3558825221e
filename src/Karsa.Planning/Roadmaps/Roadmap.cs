using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;
using Karsa.Planning.Scoring;

namespace Karsa.Planning.Roadmaps;

/// <summary>How a roadmap was made.</summary>
public enum PlanningStrategy
{
    /// <summary>CP-SAT: the best roadmap the budget allows (within the time limit).</summary>
    Optimal,

    /// <summary>The spreadsheet method: sort by score, start each as early as it fits.</summary>
    Greedy,
}

/// <summary>
/// A roadmap: every programme's status and years, budget use per year and source, and how good it is
/// (objective, best bound, whether proven optimal). Values are in score-years (priority score times
/// the discounted years of benefit of the plan's value model).
/// </summary>
public sealed record Roadmap
{
    /// <summary>How it was made.</summary>
    public required PlanningStrategy Strategy { get; init; }

    /// <summary>The years planned (the plan period, or a scenario's horizon).</summary>
    public required PlanPeriod Horizon { get; init; }

    /// <summary>One entry per programme, in the plan's order.</summary>
    public required IReadOnlyList<RoadmapEntry> Programmes { get; init; }

    /// <summary>Starts, ends, terms and spending as the plan reads them (the domain's view, computed once).</summary>
    public required RoadmapView View { get; init; }

    /// <summary>Spending per year and source (every capped or used pair), by year then source.</summary>
    public IReadOnlyList<YearSpending> Spend => View.Spending;

    /// <summary>Total value of the roadmap.</summary>
    public required double Objective { get; init; }

    /// <summary>The best proven upper bound on the value; null for the greedy strategy.</summary>
    public double? Bound { get; init; }

    /// <summary>True when no roadmap can be worth more.</summary>
    public bool ProvenOptimal { get; init; }

    /// <summary>Time spent solving (explanations excluded).</summary>
    public TimeSpan SolveTime { get; init; }

    /// <summary>The criteria weights used (with the AHP consistency report, if any).</summary>
    public required CriteriaWeights Weights { get; init; }

    /// <summary>Things the planners should know (AHP inconsistency, quick wins that could not be fitted, time limit).</summary>
    public IReadOnlyList<LocalizedText> Warnings { get; init; } = [];

    /// <summary>Every year and source whose ceiling the roadmap leaves partly unused, and why.</summary>
    public IReadOnlyList<UnusedCeiling> Unused { get; init; } = [];

    /// <summary>The scheduled entries.</summary>
    public IEnumerable<RoadmapEntry> Scheduled => Programmes.Where(p => p.Status == ProgrammeStatus.Scheduled);

    /// <summary>Relative gap between value and bound; 0 when proven optimal, null without a bound.</summary>
    public double? Gap => Bound is { } b ? (b <= 0 ? 0 : Math.Max(0, (b - Objective) / b)) : null;

    /// <summary>The entry of <paramref name="code"/>.</summary>
    public RoadmapEntry Entry(ProgrammeCode code) => Programmes.First(p => p.Code == code);
}
