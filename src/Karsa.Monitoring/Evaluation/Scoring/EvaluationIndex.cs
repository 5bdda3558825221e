using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.Scoring;

/// <summary>
/// A region's index in one cycle: overall, per evaluation dimension (all five) and per smart-city
/// dimension (only those some question concerns). Every value is exact; see <see cref="IndexCalculator"/>.
/// </summary>
/// <param name="Overall">Weighted mean of the evaluation-dimension indices by the cycle's weights.</param>
/// <param name="ByEvaluationDimension">One index per evaluation dimension, in the ministry's order.</param>
/// <param name="BySmartCityDimension">One index per smart-city dimension that has questions, in the framework's order.</param>
public sealed record EvaluationIndex(decimal Overall, ValueList<DimensionIndex<EvaluationDimension>> ByEvaluationDimension,
    ValueList<DimensionIndex<Dimension>> BySmartCityDimension)
{
    /// <summary>The index of <paramref name="dimension"/>.</summary>
    public decimal Of(EvaluationDimension dimension) => ByEvaluationDimension.First(i => i.Dimension == dimension).Index;

    /// <summary>The index of <paramref name="dimension"/>, or null when no question concerns it.</summary>
    public decimal? Of(Dimension dimension) => BySmartCityDimension.FirstOrDefault(i => i.Dimension == dimension)?.Index;

    /// <summary>How many questions had no verified score.</summary>
    public int Unanswered => ByEvaluationDimension.Sum(i => i.Unanswered);
}
