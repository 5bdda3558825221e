using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.National;

/// <summary>The change of one dimension's index from one year to a later one (later minus earlier, exact).</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Earlier">The earlier index.</param>
/// <param name="Later">The later index.</param>
public sealed record DimensionDelta<TDimension>(TDimension Dimension, decimal Earlier, decimal Later)
    where TDimension : struct, Enum
{
    /// <summary>Later minus earlier: positive is an improvement.</summary>
    public decimal Delta => Later - Earlier;
}

/// <summary>A region's result of a year against an earlier one.</summary>
/// <param name="Region">The region.</param>
/// <param name="EarlierYear">The earlier cycle's year.</param>
/// <param name="LaterYear">The later cycle's year.</param>
/// <param name="Overall">The overall index's change.</param>
/// <param name="ByEvaluationDimension">Each evaluation dimension's change.</param>
/// <param name="BySmartCityDimension">The change of each smart-city dimension indexed in both years.</param>
/// <param name="EarlierRank">The rank in the earlier ranking, when one was given and holds the region.</param>
/// <param name="LaterRank">The rank in the later ranking, likewise.</param>
public sealed record RegionComparison(RegionCode Region, FiscalYear EarlierYear, FiscalYear LaterYear, decimal Overall,
    ValueList<DimensionDelta<EvaluationDimension>> ByEvaluationDimension, ValueList<DimensionDelta<Dimension>> BySmartCityDimension,
    int? EarlierRank, int? LaterRank)
{
    /// <summary>Places climbed: earlier rank minus later rank (22nd to 19th is +3); null without both ranks.</summary>
    public int? RankChange => EarlierRank - LaterRank;
}
