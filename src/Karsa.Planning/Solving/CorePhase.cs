namespace Karsa.Planning.Solving;

/// <summary>
/// Picks the "core" of a problem from its LP relaxation (as in core algorithms for knapsack problems):
/// the columns whose LP value is fractional or whose reduced cost is closest to zero stay free, every
/// other column is fixed to its (integral) LP value. The restricted problem is much smaller and usually
/// holds a near-optimal roadmap; CP-SAT then searches it first and the whole problem after.
/// </summary>
internal static class CorePhase
{
    private const double Integral = 1e-6;

    /// <summary>The fixings (column, value) that leave about <paramref name="freeCount"/> columns free.</summary>
    public static IReadOnlyList<(int Column, bool Value)> Fixings(LinearRelaxation lp, int freeCount)
    {
        var order = Enumerable.Range(0, lp.Primal.Length)
            .OrderBy(j => IsFractional(lp.Primal[j]) ? 0 : 1)
            .ThenBy(j => Math.Abs(lp.ReducedCosts[j]))
            .ThenBy(j => j)
            .ToList();
        return [.. order.Skip(freeCount).Where(j => !IsFractional(lp.Primal[j])).Select(j => (j, lp.Primal[j] > 0.5))];
    }

    private static bool IsFractional(double value) => value > Integral && value < 1 - Integral;
}
