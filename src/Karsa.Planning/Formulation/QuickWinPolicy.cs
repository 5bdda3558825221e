using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;

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

    /// <summary>
    /// One quick win in each of <paramref name="dimensions"/> only (e.g. Karanganyar's smart governance
    /// and smart living): only those dimensions need one and only there is one labelled. An empty set
    /// asks for none.
    /// </summary>
    public static QuickWinPolicy InDimensions(IReadOnlyCollection<Dimension> dimensions)
    {
        ArgumentNullException.ThrowIfNull(dimensions);
        return new DimensionsPolicy(dimensions.Distinct().Order().ToValueList());
    }

    /// <summary>True when this policy asks for one quick win in <paramref name="dimension"/> (a dimension index).</summary>
    internal bool CoversDimension(int dimension) => this switch
    {
        PerDimensionPolicy => true,
        DimensionsPolicy chosen => chosen.Dimensions.Contains((Dimension)dimension),
        _ => false,
    };

    /// <summary>One per dimension.</summary>
    public sealed record PerDimensionPolicy : QuickWinPolicy;

    /// <summary>One per dimension, in the given dimensions only.</summary>
    /// <param name="Dimensions">The dimensions that get a quick win, in order.</param>
    public sealed record DimensionsPolicy(ValueList<Dimension> Dimensions) : QuickWinPolicy;

    /// <summary>None.</summary>
    public sealed record NonePolicy : QuickWinPolicy;

    /// <summary>N in all.</summary>
    /// <param name="Count">How many.</param>
    public sealed record TotalPolicy(int Count) : QuickWinPolicy;
}
