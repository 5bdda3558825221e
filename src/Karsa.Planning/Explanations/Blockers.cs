using Karsa.Domain.Primitives;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Explanations;

/// <summary>
/// Finds what stops an item from starting in a given year while every other item keeps its place:
/// forced out, no room in the horizon, a predecessor that ends too late or is out, a chosen
/// alternative, a full budget (source-year) or a full agency.
/// </summary>
internal sealed class Blockers
{
    private readonly PlanningProblem _problem;
    private readonly Schedule _schedule;
    private readonly long[,] _spend;
    private readonly int[,] _running;

    public Blockers(PlanningProblem problem, Schedule schedule)
    {
        _problem = problem;
        _schedule = schedule;
        _spend = schedule.Spend(problem);
        _running = schedule.Running(problem);
    }

    /// <summary>The reasons item <paramref name="i"/> is out or late, over the years before its start (or its whole window).</summary>
    public IReadOnlyList<LocalizedText> Explain(int i)
    {
        var item = _problem.Items[i];
        if (item.CostUnknown)
        {
            return [Phrases.NeedsCostEstimate()];
        }

        if (item.Excluded)
        {
            return [Phrases.ForcedOut()];
        }

        if (item.EarliestStart > item.LatestStart)
        {
            return [Phrases.DoesNotFit(item.Duration, _problem.YearOf(item.EarliestStart), _problem.YearOf(_problem.YearCount - 1))];
        }

        var until = _schedule.Starts[i] is { } start ? start - 1 : item.LatestStart;
        var reasons = new List<LocalizedText>();
        for (var s = item.EarliestStart; s <= until && reasons.Count < 3; s++)
        {
            foreach (var reason in At(i, s).Where(r => !reasons.Contains(r)))
            {
                reasons.Add(reason);
            }
        }

        if (reasons.Count == 0 && item.Weight == 0)
        {
            reasons.Add(Phrases.ValueOnly());
        }

        return reasons;
    }

    /// <summary>What blocks item <paramref name="i"/> at start <paramref name="s"/>.</summary>
    public IEnumerable<LocalizedText> At(int i, int s)
    {
        var item = _problem.Items[i];
        foreach (var precedence in item.Predecessors)
        {
            var predecessor = _problem.Items[precedence.Predecessor];
            if (_schedule.Starts[precedence.Predecessor] is not { } ps)
            {
                yield return Phrases.PredecessorOut(predecessor.Code);
            }
            else if (s < ps + predecessor.Duration + precedence.Lag)
            {
                yield return Phrases.WaitsFor(predecessor.Code, _problem.YearOf(ps + predecessor.Duration - 1), precedence.Lag);
            }
        }

        if (item.Group is { } group)
        {
            foreach (var other in Enumerable.Range(0, _problem.Items.Count).Where(j => j != i && _problem.Items[j].Group == group && _schedule.Starts[j] is not null))
            {
                yield return Phrases.AlternativeChosen(_problem.Items[other].Code);
            }
        }

        var own = _schedule.Starts[i];
        for (var t = s; t < s + item.Duration; t++)
        {
            for (var k = 0; k < _problem.Sources.Count; k++)
            {
                var need = item.CostIn(t, k, s);
                if (need == 0 || _problem.Ceilings[t, k] is not { } cap)
                {
                    continue;
                }

                var used = _spend[t, k] - (own is { } o ? item.CostIn(t, k, o) : 0);
                if (used + need > cap)
                {
                    yield return Phrases.BudgetFull(_problem.SourceName(k), _problem.YearOf(t), new Rupiah(used), new Rupiah(cap), new Rupiah(need));
                }
            }

            if (item.Agency is { } a && _problem.AgencyCapacities[a] is { } capacity)
            {
                var running = _running[a, t] - (own is { } o && item.RunsIn(t, o) ? 1 : 0);
                if (running >= capacity)
                {
                    yield return Phrases.AgencyFull(_problem.Agencies[a], _problem.YearOf(t), running, capacity);
                }
            }
        }
    }
}
