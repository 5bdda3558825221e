using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>A start index per item, null when the item is left out.</summary>
/// <param name="Starts">Start index by item.</param>
public sealed record Schedule(IReadOnlyList<int?> Starts)
{
    /// <summary>A schedule with nothing in it.</summary>
    public static Schedule Empty(PlanningProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new(new int?[problem.Items.Count]);
    }

    /// <summary>The total value in scaled units.</summary>
    public long Value(PlanningProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var total = 0L;
        for (var i = 0; i < Starts.Count; i++)
        {
            if (Starts[i] is { } s)
            {
                total += problem.ValueAt(problem.Items[i], s);
            }
        }

        return total;
    }

    /// <summary>Spending by year index and source index.</summary>
    public long[,] Spend(PlanningProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var spend = new long[problem.YearCount, problem.Sources.Count];
        for (var i = 0; i < Starts.Count; i++)
        {
            if (Starts[i] is { } s)
            {
                var item = problem.Items[i];
                for (var offset = 0; offset < item.Cost.Length && s + offset < problem.YearCount; offset++)
                {
                    for (var k = 0; k < problem.Sources.Count; k++)
                    {
                        spend[s + offset, k] += item.Cost[offset][k];
                    }
                }
            }
        }

        return spend;
    }

    /// <summary>How many items each agency has running, by agency index and year index.</summary>
    public int[,] Running(PlanningProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var running = new int[problem.Agencies.Count, problem.YearCount];
        for (var i = 0; i < Starts.Count; i++)
        {
            if (Starts[i] is { } s && problem.Items[i].Agency is { } a)
            {
                for (var t = s; t < Math.Min(problem.YearCount, s + problem.Items[i].Duration); t++)
                {
                    running[a, t]++;
                }
            }
        }

        return running;
    }
}
