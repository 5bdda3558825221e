namespace Karsa.Monitoring.Evaluation.Scoring;

/// <summary>
/// The index of one dimension (an <see cref="EvaluationDimension"/> or a smart-city
/// <see cref="Karsa.Domain.Catalogue.Dimension"/>): the weighted mean of its questions' verified scores, exact.
/// </summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Index">The exact weighted mean; round only for display (<see cref="IndexDisplay"/>).</param>
/// <param name="Questions">How many questions count in it.</param>
/// <param name="Unanswered">How many of them had no verified score and counted as the scale's minimum.</param>
public sealed record DimensionIndex<TDimension>(TDimension Dimension, decimal Index, int Questions, int Unanswered)
    where TDimension : struct, Enum;
