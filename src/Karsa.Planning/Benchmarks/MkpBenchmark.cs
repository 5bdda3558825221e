using Karsa.Domain.Programmes;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Benchmarks;

/// <summary>One solved knapsack instance.</summary>
/// <param name="Instance">Index in the file, from 0.</param>
/// <param name="Value">Profit of the verified solution.</param>
/// <param name="Bound">Best proven upper bound.</param>
/// <param name="Seconds">Wall time of the solve.</param>
/// <param name="Optimal">True when proven optimal.</param>
public sealed record MkpRow(int Instance, long Value, long Bound, double Seconds, bool Optimal)
{
    /// <summary>The CSV line <c>instance,value,bound,seconds</c>.</summary>
    public string ToCsv() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Instance},{Value},{Bound},{Seconds:0.###}");
}

/// <summary>
/// Solves knapsack instances as programme selections through the roadmap optimizer: item j is a
/// programme fixed to start in year 1 and lasting m years, costing its weight in constraint i in
/// year i (one funding source), worth its profit; the capacities are the yearly ceilings. With the
/// planner's value rule (weight times years of benefit) such a programme delivers exactly one year
/// of benefit, so its value is its profit.
/// </summary>
public static class MkpBenchmark
{
    /// <summary>The CSV header.</summary>
    public const string CsvHeader = "instance,value,bound,seconds";

    /// <summary>The programme-selection problem of <paramref name="instance"/>.</summary>
    public static PlanningProblem ToProblem(MkpInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var m = instance.Constraints;
        var ceilings = new long?[m, 1];
        for (var i = 0; i < m; i++)
        {
            ceilings[i, 0] = instance.Capacities[i];
        }

        return new PlanningProblem
        {
            FirstYear = 1,
            YearCount = m,
            Sources = [FundingSource.Apbd],
            Ceilings = ceilings,
            Items = [.. Enumerable.Range(0, instance.Items).Select(j => new PlanningItem
            {
                Code = $"item-{j}",
                Duration = m,
                EarliestStart = 0,
                LatestStart = 0,
                Cost = [.. Enumerable.Range(0, m).Select(i => new[] { instance.Weights[i][j] })],
                Weight = instance.Profits[j],
            })],
            QuickWins = QuickWinPolicy.None,
            ValueScale = 1,
        };
    }

    /// <summary>
    /// Solves instance number <paramref name="index"/> and verifies the solution against the instance
    /// itself; throws <see cref="InvalidOperationException"/> if it breaks a capacity (a bug, never bad input).
    /// </summary>
    public static MkpRow Solve(MkpInstance instance, int index, SolverSettings settings)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(settings);
        var problem = ToProblem(instance);
        var result = CpSatSolver.Solve(problem, settings, requireQuickWins: false);
        var chosen = result.Schedule is { } schedule
            ? schedule.Starts.Select(s => s is not null).ToArray()
            : new bool[instance.Items];
        if (!instance.IsFeasible(chosen))
        {
            throw new InvalidOperationException($"instance {index}: the solution breaks a capacity");
        }

        var value = instance.Profit(chosen);
        var bound = result.Status is SolveStatus.Optimal or SolveStatus.Feasible ? result.Bound : instance.Profits.Sum();
        return new MkpRow(index, value, Math.Max(bound, value), result.Elapsed.TotalSeconds, result.Status == SolveStatus.Optimal);
    }
}
