using Karsa.Domain.Primitives;
using Karsa.Planning.Explanations;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Roadmaps;

/// <summary>
/// Reasons for every item that is out or later than its earliest year, and "what it would take" for
/// those <see cref="PlannerOptions.WhatIfs"/> asks for, within the time <see cref="PlanningClock"/> leaves.
/// </summary>
internal sealed class RoadmapExplainer
{
    /// <summary>A what-if given less time than this is not run (its answer would say nothing).</summary>
    private static readonly TimeSpan MinWhatIfTime = TimeSpan.FromMilliseconds(50);

    private readonly PlanningProblem _problem;
    private readonly Schedule _schedule;
    private readonly PlannerOptions _options;
    private readonly bool _optimal;
    private readonly bool _quickWinsKept;
    private readonly PlanningClock _clock;
    private readonly CancellationToken _cancellationToken;
    private readonly Blockers _blockers;
    private readonly HashSet<int> _whatIfs;
    private readonly List<string> _outOfTime = [];
    private readonly LocalizedText? _unknown;
    private int _whatIfsDone;

    /// <summary>
    /// An explainer of <paramref name="schedule"/> (<paramref name="optimal"/> when proven;
    /// <paramref name="quickWinsKept"/> when it keeps the quick-win rule, which its what-ifs then keep too).
    /// </summary>
    public RoadmapExplainer(PlanningProblem problem, Schedule schedule, PlannerOptions options, bool optimal, bool quickWinsKept, PlanningClock clock, CancellationToken cancellationToken)
    {
        (_problem, _schedule, _options, _optimal, _quickWinsKept, _clock, _cancellationToken) = (problem, schedule, options, optimal, quickWinsKept, clock, cancellationToken);
        _blockers = new Blockers(problem, schedule);
        _whatIfs = options.Strategy == PlanningStrategy.Optimal
            ? [.. Enumerable.Range(0, problem.Items.Count).Where(i => NeedsExplaining(i) && options.WhatIfs.Includes(problem.Items[i].Code))
                .OrderByDescending(i => problem.Items[i].Weight).ThenBy(i => i).Take(Math.Max(0, options.MaxWhatIfs))]
            : [];
        var known = problem.Items.Select(item => item.Code).ToHashSet(StringComparer.Ordinal);
        var unknown = options.WhatIfs is WhatIfSelection.ProgrammesSelection chosen
            ? chosen.Codes.Select(c => c.Value).Where(c => !known.Contains(c)).ToList()
            : [];
        _unknown = unknown.Count > 0 ? Phrases.UnknownWhatIfCodes(unknown) : null;
    }

    /// <summary>What the planners should know about the what-ifs: unknown codes asked for, what-ifs the time limit left out.</summary>
    public IReadOnlyList<LocalizedText> Warnings =>
        [.. _unknown is null ? [] : new[] { _unknown }, .. _outOfTime.Count > 0 ? new[] { Phrases.WhatIfsOutOfTime(_outOfTime) } : []];

    /// <summary>True when item <paramref name="i"/> is out or starts after its earliest year.</summary>
    public bool NeedsExplaining(int i) =>
        _schedule.Starts[i] is not { } s || s > _problem.Items[i].EarliestStart;

    /// <summary>
    /// Why item <paramref name="i"/> is out or late: one sentence (or none when it is where it can be
    /// earliest) and what blocks it at each start year it could have had.
    /// </summary>
    public (IReadOnlyList<LocalizedText> Summary, IReadOnlyList<StartReason> Detail) Reasons(int i)
    {
        if (!_options.Explain || !NeedsExplaining(i))
        {
            return ([], []);
        }

        var (summary, detail) = _blockers.Explain(i);
        return ([summary ?? Phrases.NoBlocker(_optimal)], detail);
    }

    /// <summary>Every year and source whose ceiling the schedule leaves partly unused, and why (none when not explaining).</summary>
    public IReadOnlyList<UnusedCeiling> UnusedCeilings() => _options.Explain ? UnusedBudget.Find(_problem, _schedule, _optimal) : [];

    /// <summary>What it would take to bring item <paramref name="i"/> in at its earliest year, when asked for and time is left.</summary>
    public LocalizedText? WhatItTakesFor(int i)
    {
        if (!_whatIfs.Contains(i))
        {
            return null;
        }

        _cancellationToken.ThrowIfCancellationRequested();
        var code = _problem.Items[i].Code;
        var time = _clock.NextWhatIf(_whatIfs.Count - _whatIfsDone);
        _whatIfsDone++;
        if (time < MinWhatIfTime)
        {
            _outOfTime.Add(code);
            return null;
        }

        _options.WhatIfProgress?.Report(new WhatIfProgress(_whatIfsDone - 1, _whatIfs.Count, code));
        var settings = _options.Solver with { TimeLimit = time, DeterministicTimeLimit = null, Progress = null };
        return WhatItTakes.Describe(_problem, _schedule, i, settings, _optimal, _quickWinsKept, _cancellationToken);
    }
}
