using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// Which items may be quick wins, how many the roadmap needs, and which scheduled items are labelled
/// quick wins. A candidate is eligible when its window and its predecessors (which must finish first)
/// let it start within the quick-win years and its run fits every ceiling on its own there. Under
/// <see cref="QuickWinPolicy.PerDimension"/> every dimension with an eligible candidate needs one
/// started within the quick-win years, under <see cref="QuickWinPolicy.InDimensions"/> every such
/// dimension among the given ones; under
/// <see cref="QuickWinPolicy.Total"/> that many in all (or as many as are eligible). The quick wins are
/// then the best-scored candidates so started: per (covered) dimension, or the N best.
/// </summary>
public static class QuickWinRule
{
    /// <summary>
    /// The earliest start index within the quick-win years at which item <paramref name="index"/> fits
    /// alone and its predecessors can have finished, if any.
    /// </summary>
    public static int? EligibleStart(PlanningProblem problem, int index)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var item = problem.Items[index];
        if (!item.QuickWinCandidate || problem.EarliestPossibleStart(index) is not { } earliest)
        {
            return null;
        }

        for (var s = earliest; s <= Math.Min(item.LatestStart, problem.QuickWinYears - 1); s++)
        {
            if (FitsAlone(problem, item, s))
            {
                return s;
            }
        }

        return null;
    }

    /// <summary>Groups of eligible items and how many of each group must start within the quick-win years.</summary>
    public static IReadOnlyList<(IReadOnlyList<int> Items, int AtLeast)> Requirements(PlanningProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var eligible = Enumerable.Range(0, problem.Items.Count).Where(i => EligibleStart(problem, i) is not null).ToList();
        return problem.QuickWins switch
        {
            QuickWinPolicy.PerDimensionPolicy or QuickWinPolicy.DimensionsPolicy => [.. eligible.GroupBy(i => problem.Items[i].Dimension)
                .Where(g => problem.QuickWins.CoversDimension(g.Key)).OrderBy(g => g.Key)
                .Select(g => ((IReadOnlyList<int>)[.. g], 1))],
            QuickWinPolicy.TotalPolicy total when total.Count > 0 && eligible.Count > 0 => [(eligible, Math.Min(total.Count, eligible.Count))],
            _ => [],
        };
    }

    /// <summary>The requirements (<see cref="Requirements"/>) that <paramref name="schedule"/> does not meet.</summary>
    public static IReadOnlyList<(IReadOnlyList<int> Items, int AtLeast)> Unmet(PlanningProblem problem, Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(schedule);
        return [.. Requirements(problem).Where(r => r.Items.Count(i => schedule.Starts[i] is { } s && s < problem.QuickWinYears) < r.AtLeast)];
    }

    /// <summary>The items labelled quick wins in <paramref name="schedule"/>.</summary>
    public static IReadOnlySet<int> Label(PlanningProblem problem, Schedule schedule)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(schedule);
        var early = Enumerable.Range(0, problem.Items.Count)
            .Where(i => problem.Items[i].QuickWinCandidate && schedule.Starts[i] is { } s && s < problem.QuickWinYears)
            .OrderByDescending(i => problem.Items[i].Weight).ThenBy(i => i).ToList();
        return problem.QuickWins switch
        {
            QuickWinPolicy.PerDimensionPolicy or QuickWinPolicy.DimensionsPolicy => early.GroupBy(i => problem.Items[i].Dimension)
                .Where(g => problem.QuickWins.CoversDimension(g.Key)).Select(g => g.First()).ToHashSet(),
            QuickWinPolicy.TotalPolicy total => early.Take(total.Count).ToHashSet(),
            _ => new HashSet<int>(),
        };
    }

    private static bool FitsAlone(PlanningProblem problem, PlanningItem item, int start)
    {
        for (var t = start; t < start + item.Duration; t++)
        {
            for (var k = 0; k < problem.Sources.Count; k++)
            {
                if (problem.Ceilings[t, k] is { } cap && item.CostIn(t, k, start) > cap)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
