using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Explanations;

/// <summary>
/// "What it would take": re-solves with one item forced in at its earliest possible year (under a
/// short time limit) and describes the programmes dropped or moved and the change in value, saying so
/// when that re-solve was not proven optimal within its limit. Of the schedules worth as much as the
/// re-solve's, it describes the one with the fewest changes (<see cref="ClosestSchedule"/>).
/// </summary>
/// <remarks>
/// The re-solve keeps every rule the roadmap keeps, the quick-win rule included. Only when the item
/// cannot start there under that rule does it re-solve without it, and then the answer says plainly
/// which quick wins it gives up.
/// </remarks>
internal static class WhatItTakes
{
    /// <summary>The share of the time limit for the re-solve; the rest finds the equally good schedule with the fewest changes.</summary>
    private const double SolveShare = 0.75;

    /// <summary>The least share a re-solve without the quick-win rule gets, after the one with it proved infeasible.</summary>
    private const double MinRelaxedShare = 0.1;

    /// <summary>
    /// What bringing item <paramref name="i"/> in at its earliest possible year would take, against
    /// <paramref name="current"/> (<paramref name="currentOptimal"/> when that is proven optimal: then a
    /// re-solve under the same rules that keeps its value is optimal too, since pinning an item cannot
    /// add value). <paramref name="quickWinsKept"/> says whether the roadmap keeps the quick-win rule.
    /// </summary>
    public static LocalizedText? Describe(PlanningProblem problem, Schedule current, int i, SolverSettings settings, bool currentOptimal, bool quickWinsKept, CancellationToken cancellationToken)
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
        var quickWins = quickWinsKept;
        var result = CpSatSolver.Solve(pinned, settings.Share(SolveShare), quickWins, hint, cancellationToken);
        if (result.Status == SolveStatus.Infeasible && quickWins && QuickWinRule.Requirements(pinned).Count > 0)
        {
            // Under the roadmap's rules it cannot start there; see whether it can without the quick-win rule, and say so.
            quickWins = false;
            var left = Math.Max(MinRelaxedShare, SolveShare - (result.Elapsed / settings.TimeLimit));
            result = CpSatSolver.Solve(pinned, settings.Share(left), quickWins, hint, cancellationToken);
        }

        if (result.Schedule is null)
        {
            return result.Status == SolveStatus.Infeasible ? Phrases.CannotEvenIfOthersGiveWay(problem.YearOf(year)) : null;
        }

        var schedule = ClosestSchedule.Find(pinned, current, result.Schedule, settings.Share(1 - SolveShare), quickWins, cancellationToken);

        var dropped = new List<string>();
        var moved = new List<(string, int)>();
        for (var j = 0; j < items.Count; j++)
        {
            if (j == i || current.Starts[j] is not { } before)
            {
                continue;
            }

            if (schedule.Starts[j] is not { } after)
            {
                dropped.Add(items[j].Code);
            }
            else if (after != before)
            {
                moved.Add((items[j].Code, problem.YearOf(after)));
            }
        }

        var (baseValue, value) = (current.Value(problem), schedule.Value(problem));
        var change = baseValue == 0 ? 0 : (double)(value - baseValue) / baseValue;
        var sameRules = quickWins == quickWinsKept;
        var proven = result.Status == SolveStatus.Optimal || (sameRules && currentOptimal && value >= baseValue);
        return Phrases.TakesDropping(problem.YearOf(year), dropped, moved, change, proven, sameRules ? null : GivenUp(pinned, schedule));
    }

    /// <summary>The quick wins <paramref name="schedule"/> lacks under <paramref name="problem"/>'s policy.</summary>
    private static LocalizedText GivenUp(PlanningProblem problem, Schedule schedule)
    {
        var unmet = QuickWinRule.Unmet(problem, schedule);
        return problem.QuickWins is QuickWinPolicy.TotalPolicy && unmet.Count > 0
            ? Phrases.FewerQuickWins(unmet[0].AtLeast)
            : Phrases.WithoutQuickWin([.. unmet.Select(r => ((Dimension)problem.Items[r.Items[0]].Dimension).Name().In(Language.English))]);
    }
}
