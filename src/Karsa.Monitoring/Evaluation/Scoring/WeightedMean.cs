namespace Karsa.Monitoring.Evaluation.Scoring;

/// <summary>The one averaging rule of the index: sum of weight x value, divided by the sum of weights, in decimal.</summary>
internal static class WeightedMean
{
    public static decimal Of(IReadOnlyCollection<(decimal Weight, decimal Value)> items)
    {
        if (items.Count == 0)
        {
            throw new InvalidOperationException("a weighted mean needs at least one item");
        }

        return items.Sum(i => i.Weight * i.Value) / items.Sum(i => i.Weight);
    }
}
