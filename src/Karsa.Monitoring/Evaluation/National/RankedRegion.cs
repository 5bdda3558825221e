using Karsa.Monitoring.Evaluation.Scoring;

namespace Karsa.Monitoring.Evaluation.National;

/// <summary>One line of a ranking: the region's rank and its published result.</summary>
/// <param name="Rank">1 for the highest overall index; tied regions share a rank.</param>
/// <param name="Result">The published result.</param>
public sealed record RankedRegion(int Rank, PublishedEvaluation Result);
