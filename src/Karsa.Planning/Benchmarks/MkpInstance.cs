namespace Karsa.Planning.Benchmarks;

/// <summary>
/// A 0-1 multidimensional knapsack instance: choose items maximising total profit while every
/// constraint's weighted sum stays within its capacity.
/// </summary>
/// <param name="Profits">Profit per item.</param>
/// <param name="Weights">Weight per constraint and item: <c>Weights[i][j]</c>.</param>
/// <param name="Capacities">Capacity per constraint.</param>
public sealed record MkpInstance(long[] Profits, long[][] Weights, long[] Capacities)
{
    /// <summary>Number of items.</summary>
    public int Items => Profits.Length;

    /// <summary>Number of constraints.</summary>
    public int Constraints => Capacities.Length;

    /// <summary>True when the chosen items respect every capacity.</summary>
    public bool IsFeasible(IReadOnlyList<bool> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        for (var i = 0; i < Constraints; i++)
        {
            var load = 0L;
            for (var j = 0; j < Items; j++)
            {
                load += chosen[j] ? Weights[i][j] : 0;
            }

            if (load > Capacities[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The total profit of the chosen items.</summary>
    public long Profit(IReadOnlyList<bool> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        return Enumerable.Range(0, Items).Where(j => chosen[j]).Sum(j => Profits[j]);
    }
}
