using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// The spreadsheet method: mandatory programmes first, then the best quick-win candidate of each
/// quick-win group in the first years, then every other programme by descending score, each started
/// at the earliest year where it fits (its predecessors are placed first; a programme whose
/// predecessor is out stays out). Fast, simple, and what planners do by hand.
/// </summary>
public static class GreedyScheduler
{
    /// <summary>The greedy schedule; mandatory items that did not fit are left out (check <see cref="ScheduleCheck"/>).</summary>
    public static Schedule Schedule(PlanningProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var state = new State(problem);
        var byScore = Enumerable.Range(0, problem.Items.Count)
            .OrderByDescending(i => problem.Items[i].Weight).ThenBy(i => i).ToList();
        foreach (var i in byScore.Where(i => problem.Items[i].Mandatory))
        {
            state.Place(i, int.MaxValue);
        }

        foreach (var (items, atLeast) in QuickWinRule.Requirements(problem))
        {
            var placed = items.Count(i => state.Starts[i] is { } s && s < problem.QuickWinYears);
            foreach (var i in items.OrderByDescending(i => problem.Items[i].Weight).ThenBy(i => i))
            {
                if (placed >= atLeast)
                {
                    break;
                }

                if (state.Starts[i] is null && state.Place(i, problem.QuickWinYears - 1))
                {
                    placed++;
                }
            }
        }

        foreach (var i in byScore)
        {
            state.Place(i, int.MaxValue);
        }

        return new Schedule(state.Starts);
    }

    private sealed class State(PlanningProblem problem)
    {
        private readonly long[,] _spend = new long[problem.YearCount, problem.Sources.Count];
        private readonly int[,] _running = new int[Math.Max(1, problem.Agencies.Count), problem.YearCount];
        private readonly HashSet<int> _groups = [];
        private readonly bool[] _tried = new bool[problem.Items.Count];

        public int?[] Starts { get; } = new int?[problem.Items.Count];

        /// <summary>Places item <paramref name="i"/> at its earliest fitting start not after <paramref name="latest"/>.</summary>
        public bool Place(int i, int latest)
        {
            if (Starts[i] is not null)
            {
                return true;
            }

            var item = problem.Items[i];
            if (!item.Schedulable || (item.Group is { } g && _groups.Contains(g)))
            {
                return false;
            }

            var earliest = item.EarliestStart;
            foreach (var precedence in item.Predecessors)
            {
                if (!_tried[precedence.Predecessor])
                {
                    _tried[precedence.Predecessor] = true;
                    Place(precedence.Predecessor, int.MaxValue);
                }

                if (Starts[precedence.Predecessor] is not { } ps)
                {
                    return false;
                }

                earliest = Math.Max(earliest, ps + problem.Items[precedence.Predecessor].Duration + precedence.Lag);
            }

            // Placing a predecessor may have taken this programme's alternatives group.
            if (item.Group is { } taken && _groups.Contains(taken))
            {
                return false;
            }

            for (var s = earliest; s <= Math.Min(item.LatestStart, latest); s++)
            {
                if (Fits(item, s))
                {
                    Commit(i, item, s);
                    return true;
                }
            }

            return false;
        }

        private bool Fits(PlanningItem item, int s)
        {
            var capacity = item.Agency is { } a && a < problem.AgencyCapacities.Count ? problem.AgencyCapacities[a] : null;
            for (var t = s; t < s + item.Duration; t++)
            {
                if (capacity is { } k && _running[item.Agency!.Value, t] >= k)
                {
                    return false;
                }

                for (var source = 0; source < problem.Sources.Count; source++)
                {
                    if (problem.Ceilings[t, source] is { } cap && _spend[t, source] + item.CostIn(t, source, s) > cap)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private void Commit(int i, PlanningItem item, int s)
        {
            Starts[i] = s;
            _tried[i] = true;
            if (item.Group is { } g)
            {
                _groups.Add(g);
            }

            for (var t = s; t < s + item.Duration; t++)
            {
                if (item.Agency is { } a)
                {
                    _running[a, t]++;
                }

                for (var source = 0; source < problem.Sources.Count; source++)
                {
                    _spend[t, source] += item.CostIn(t, source, s);
                }
            }
        }
    }
}
