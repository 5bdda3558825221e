namespace Karsa.Planning.Solving;

/// <summary>Draws an index with probability proportional to its non-negative weight (roulette wheel).</summary>
internal static class WeightedDraw
{
    /// <summary>An index of <paramref name="weights"/>, drawn by weight; the last index when rounding runs past the end.</summary>
    public static int Index(IReadOnlyList<double> weights, Random random)
    {
        var draw = random.NextDouble() * weights.Sum();
        var index = 0;
        while (index < weights.Count - 1 && (draw -= weights[index]) > 0)
        {
            index++;
        }

        return index;
    }
}
