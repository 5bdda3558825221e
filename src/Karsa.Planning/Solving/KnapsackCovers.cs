namespace Karsa.Planning.Solving;

/// <summary>
/// Separates extended GUB cover cuts from knapsack rows <c>sum a_j x_j &lt;= b</c> (a_j &gt; 0) whose
/// columns belong to items that take at most one column each (an item starts at most once).
/// </summary>
/// <remarks>
/// A cover is a set C of items, each with a threshold cost a_i taken from one of its columns in the
/// row, with <c>sum_C a_i &gt; b</c>. The cut counts a column when its item is in C and it costs at least
/// the item's threshold, or when it costs at least <c>max_C a_i</c>, and allows at most |C| - 1.
/// Valid for every 0/1 point with at most one column per item: |C| counted items would cost at
/// least <c>sum_C a_i &gt; b</c> (each counted item outside C stands in for an uncounted one of C and
/// costs at least the largest threshold).
/// </remarks>
internal static class KnapsackCovers
{
    private const double Tolerance = 1e-6;

    /// <summary>True for rows this separator handles: an upper bound only and positive, not all unit, coefficients.</summary>
    public static bool IsKnapsack(LinearRow row) =>
        !row.IsSelection && row.Lower == long.MinValue && row.Upper is >= 0 and < long.MaxValue
        && row.Coefficients.All(a => a > 0) && row.Coefficients.Any(a => a > 1);

    /// <summary>
    /// A cover cut of <paramref name="row"/> violated by <paramref name="point"/>, or null when the
    /// heuristic finds none. <paramref name="itemOf"/> gives each column's item.
    /// </summary>
    public static LinearRow? Separate(LinearRow row, Func<int, int> itemOf, IReadOnlyList<double> point)
    {
        var entries = row.Columns.Select((j, k) => (Column: j, Cost: row.Coefficients[k], Item: itemOf(j))).ToList();
        var cover = ChooseCover(entries, point, row.Upper);
        if (cover is null)
        {
            return null;
        }

        var largest = cover.Values.Max();
        var cut = entries
            .Where(e => e.Cost >= largest || (cover.TryGetValue(e.Item, out var threshold) && e.Cost >= threshold))
            .Select(e => e.Column).Distinct().ToArray();
        var activity = cut.Sum(j => point[j]);
        return activity > cover.Count - 1 + Tolerance
            ? new LinearRow(cut, [.. cut.Select(_ => 1L)], long.MinValue, cover.Count - 1)
            : null;
    }

    /// <summary>A minimal cover (item to threshold cost) that greedily prefers items the point almost takes at high cost.</summary>
    private static Dictionary<int, long>? ChooseCover(List<(int Column, long Cost, int Item)> entries, IReadOnlyList<double> point, long capacity)
    {
        // Per item, the threshold with the best ratio of "missing LP weight" to cost.
        var candidates = entries.GroupBy(e => e.Item).Select(g =>
        {
            var options = g.Select(e => e.Cost).Distinct().Select(a =>
            {
                var taken = g.Where(e => e.Cost >= a).Sum(e => point[e.Column]);
                return (Item: g.Key, Threshold: a, Taken: taken, Ratio: Math.Max(0, 1 - taken) / a);
            });
            return options.OrderBy(o => o.Ratio).ThenByDescending(o => o.Threshold).First();
        }).Where(c => c.Taken > Tolerance).OrderBy(c => c.Ratio).ThenByDescending(c => c.Threshold).ToList();

        var chosen = new List<(int Item, long Threshold, double Taken, double Ratio)>();
        long total = 0;
        foreach (var candidate in candidates)
        {
            chosen.Add(candidate);
            total += candidate.Threshold;
            if (total > capacity)
            {
                break;
            }
        }

        if (total <= capacity)
        {
            return null;
        }

        // Dropping an item lowers the left side by its LP weight (at most 1) and the right side by 1,
        // so a minimal cover is at least as violated.
        foreach (var item in chosen.OrderBy(c => c.Taken).ThenBy(c => c.Threshold).ToList())
        {
            if (total - item.Threshold > capacity)
            {
                chosen.Remove(item);
                total -= item.Threshold;
            }
        }

        return chosen.ToDictionary(c => c.Item, c => c.Threshold);
    }
}
