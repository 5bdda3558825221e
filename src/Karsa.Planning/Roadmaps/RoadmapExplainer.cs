using Karsa.Domain.Primitives;
using Karsa.Planning.Explanations;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Roadmaps;

/// <summary>Reasons and "what it would take" for every item that is out or later than its earliest year.</summary>
internal sealed class RoadmapExplainer
{
    private readonly PlanningProblem _problem;
    private readonly Schedule _schedule;
    private readonly PlannerOptions _options;
    private readonly bool _optimal;
    private readonly Blockers _blockers;
    private readonly HashSet<int> _whatIfs;
    private int _whatIfsDone;

    public RoadmapExplainer(PlanningProblem problem, Schedule schedule, PlannerOptions options, bool optimal)
    {
        (_problem, _schedule, _options, _optimal) = (problem, schedule, options, optimal);
        _blockers = new Blockers(problem, schedule);
        _whatIfs = options.WhatIf && options.Explain && options.Strategy == PlanningStrategy.Optimal
            ? [.. Enumerable.Range(0, problem.Items.Count).Where(NeedsExplaining)
                .OrderByDescending(i => problem.Items[i].Weight).ThenBy(i => i).Take(Math.Max(0, options.MaxWhatIfs))]
            : [];
    }

    /// <summary>True when item <paramref name="i"/> is out or starts after its earliest year.</summary>
    public bool NeedsExplaining(int i) =>
        _schedule.Starts[i] is not { } s || s > _problem.Items[i].EarliestStart;

    public IReadOnlyList<LocalizedText> Reasons(int i)
    {
        if (!_options.Explain || !NeedsExplaining(i))
        {
            return [];
        }

        var reasons = _blockers.Explain(i);
        return reasons.Count > 0 ? reasons : [Phrases.NoBlocker(_optimal)];
    }

    public LocalizedText? WhatItTakesFor(int i)
    {
        if (!_whatIfs.Contains(i))
        {
            return null;
        }

        _options.WhatIfProgress?.Report(new WhatIfProgress(_whatIfsDone, _whatIfs.Count, _problem.Items[i].Code));
        var text = WhatItTakes.Describe(_problem, _schedule, i, _options.Solver with { TimeLimit = _options.WhatIfTimeLimit, DeterministicTimeLimit = null, Progress = null }, _optimal);
        _whatIfsDone++;
        return text;
    }
}
