namespace Karsa.Monitoring.Evaluation.National;

/// <summary>
/// The five-number summary of a set of index values. Quartile p (0.25, 0.5, 0.75) is found by linear
/// interpolation between the closest ranks (the spreadsheet's QUARTILE.INC): with the n values sorted
/// ascending as x[0..n-1], position h = (n - 1) x p, and the quartile is x[floor h] + (h - floor h) x
/// (x[floor h + 1] - x[floor h]). Exact decimals.
/// </summary>
/// <param name="Minimum">The lowest value.</param>
/// <param name="Lower">The first quartile.</param>
/// <param name="Median">The median.</param>
/// <param name="Upper">The third quartile.</param>
/// <param name="Maximum">The highest value.</param>
public sealed record Quartiles(decimal Minimum, decimal Lower, decimal Median, decimal Upper, decimal Maximum)
{
    /// <summary>The summary of <paramref name="values"/>, or null when there are none.</summary>
    public static Quartiles? Of(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        decimal At(decimal p)
        {
            var h = (sorted.Count - 1) * p;
            var below = (int)decimal.Floor(h);
            return below + 1 < sorted.Count ? sorted[below] + ((h - below) * (sorted[below + 1] - sorted[below])) : sorted[below];
        }

        return new Quartiles(sorted[0], At(0.25m), At(0.5m), At(0.75m), sorted[^1]);
    }
}
