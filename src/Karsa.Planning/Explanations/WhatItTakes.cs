using Karsa.Domain.Primitives;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Explanations;

/// <summary>
/// "What it would take": re-solves with one item forced in at its earliest possible year (under a
/// short time limit) and describes the programmes dropped or moved and the change in value, saying so
/// when that re-solve was not proven optimal within its limit.
/// </summary>
internal static class WhatItTakes
{
    public static LocalizedText? Describe(PlanningProblem problem, Schedule current, int i, SolverSettings settings)
    {
        var item = problem.Items[i];
        if (!item.Schedulable)
        {
            return null;
        }

        var target = problem.EarliestPossibleStart(i);
        if (target is not { } year || year > item.LatestStart || current.Starts[i] == year)
        {
            return null;
        }

        var items = problem.Items.ToList();
        items[i] = item with { EarliestStart = year, LatestStart = year, Mandatory = true };
        var pinned = problem with { Items = items };
        var hint = new Schedule([.. current.Starts.Select((s, j) => j == i ? year : s)]);
        var result = CpSatSolver.Solve(pinned, settings, requireQuickWins: false, hint);
        if (result.Schedule is null)
        {
            return result.Status == SolveStatus.Infeasible ? Phrases.CannotEvenIfOthersGiveWay(problem.YearOf(year)) : null;
        }

        var dropped = new List<string>();
        var moved = new List<(string, int)>();
        for (var j = 0; j < items.Count; j++)
        {
            if (j == i || current.Starts[j] is not { } before)
            {
                continue;
            }

            if (result.Schedule.Starts[j] is not { } after)
            {
                dropped.Add(items[j].Code);
            }
            else if (after != before)
            {
                moved.Add((items[j].Code, problem.YearOf(after)));
            }
        }

        var baseValue = current.Value(problem);
        var change = baseValue == 0 ? 0 : (double)(result.Schedule.Value(problem) - baseValue) / baseValue;
        return Phrases.TakesDropping(problem.YearOf(year), dropped, moved, change, proven: result.Status == SolveStatus.Optimal);
    }
}
