namespace Karsa.Monitoring;

/// <summary>
/// The weighted mean Σ(weight × value) / Σ weight, in decimal arithmetic and never rounded: the one
/// formula behind the progress roll-up (weights: planned cost or set weights) and the evaluation index
/// (weights: question and dimension weights).
/// </summary>
internal static class WeightedMean
{
    /// <summary>The weighted mean of <paramref name="items"/>; they must not be empty and their weights must not sum to zero.</summary>
    public static decimal Of(IReadOnlyCollection<(decimal Weight, decimal Value)> items)
    {
        if (items.Count == 0)
        {
            throw new InvalidOperationException("a weighted mean needs at least one item");
        }

        return items.Sum(i => i.Weight * i.Value) / items.Sum(i => i.Weight);
    }

    /// <summary>
    /// The weighted mean of <paramref name="items"/>, or their plain mean when every weight is zero, or
    /// zero when there are none.
    /// </summary>
    public static decimal OrPlainMean(IReadOnlyCollection<(decimal Weight, decimal Value)> items) =>
        items.Sum(i => i.Weight) > 0 ? Of(items)
        : items.Count > 0 ? items.Average(i => i.Value)
        : 0m;
}
