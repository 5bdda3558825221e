namespace Karsa.Planning.Formulation;

/// <summary>How many quick wins a roadmap gets.</summary>
public abstract record QuickWinPolicy
{
    private QuickWinPolicy()
    {
    }

    /// <summary>One quick win per dimension: the best candidate of each dimension that fits the first year.</summary>
    public static QuickWinPolicy PerDimension { get; } = new PerDimensionPolicy();

    /// <summary>No quick wins (benchmark problems).</summary>
    public static QuickWinPolicy None { get; } = new NonePolicy();

    /// <summary>The <paramref name="count"/> best candidates that fit the first year, whatever their dimension.</summary>
    public static QuickWinPolicy Total(int count) =>
        count >= 0 ? new TotalPolicy(count) : throw new ArgumentOutOfRangeException(nameof(count));

    /// <summary>One per dimension.</summary>
    public sealed record PerDimensionPolicy : QuickWinPolicy;

    /// <summary>None.</summary>
    public sealed record NonePolicy : QuickWinPolicy;

    /// <summary>N in all.</summary>
    /// <param name="Count">How many.</param>
    public sealed record TotalPolicy(int Count) : QuickWinPolicy;
}
