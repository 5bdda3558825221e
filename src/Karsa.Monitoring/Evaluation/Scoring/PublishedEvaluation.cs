using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Assessment;

namespace Karsa.Monitoring.Evaluation.Scoring;

/// <summary>A region's published result of one cycle: immutable, the input of rankings and comparisons.</summary>
/// <param name="Region">The evaluated region.</param>
/// <param name="Year">The cycle's year.</param>
/// <param name="Scale">The cycle's answer scale (results on different scales do not compare).</param>
/// <param name="Index">The index, exact.</param>
/// <param name="Findings">Strengths, weaknesses and recommendations.</param>
public sealed record PublishedEvaluation(RegionCode Region, FiscalYear Year, AnswerScale Scale, EvaluationIndex Index, ValueList<Finding> Findings);
