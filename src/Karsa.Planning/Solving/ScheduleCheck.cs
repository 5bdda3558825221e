using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>Checks a schedule against every rule of its problem (used on greedy and fallback schedules).</summary>
public static class ScheduleCheck
{
    /// <summary>The broken rules, in plain English for logs; empty when the schedule is feasible.</summary>
    public static IReadOnlyList<string> Violations(PlanningProblem problem, Schedule schedule, bool requireQuickWins = false)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(schedule);
        var found = new List<string>();
        var items = problem.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (schedule.Starts[i] is not { } s)
            {
                if (item.Mandatory)
                {
                    found.Add($"{item.Code} is mandatory but out");
                }

                continue;
            }

            if (!item.Schedulable || s < item.EarliestStart || s > item.LatestStart)
            {
                found.Add($"{item.Code} starts outside its window");
            }

            foreach (var p in item.Predecessors)
            {
                if (schedule.Starts[p.Predecessor] is not { } ps || s < ps + items[p.Predecessor].Duration + p.Lag)
                {
                    found.Add($"{item.Code} starts before {items[p.Predecessor].Code} allows");
                }
            }
        }

        foreach (var group in Enumerable.Range(0, items.Count).Where(i => schedule.Starts[i] is not null && items[i].Group is not null).GroupBy(i => items[i].Group))
        {
            if (group.Count() > 1)
            {
                found.Add($"alternatives {string.Join(", ", group.Select(i => items[i].Code))} are all in");
            }
        }

        var spend = schedule.Spend(problem);
        for (var t = 0; t < problem.YearCount; t++)
        {
            for (var k = 0; k < problem.Sources.Count; k++)
            {
                if (problem.Ceilings[t, k] is { } cap && spend[t, k] > cap)
                {
                    found.Add($"{problem.Sources[k]} {problem.YearOf(t)} over its ceiling");
                }
            }
        }

        var running = schedule.Running(problem);
        for (var a = 0; a < problem.Agencies.Count; a++)
        {
            for (var t = 0; t < problem.YearCount; t++)
            {
                if (problem.AgencyCapacities[a] is { } cap && running[a, t] > cap)
                {
                    found.Add($"{problem.Agencies[a]} over capacity in {problem.YearOf(t)}");
                }
            }
        }

        if (requireQuickWins)
        {
            foreach (var (group, _) in QuickWinRule.Unmet(problem, schedule))
            {
                found.Add($"quick wins missing among {string.Join(", ", group.Select(i => items[i].Code))}");
            }
        }

        return found;
    }
}
