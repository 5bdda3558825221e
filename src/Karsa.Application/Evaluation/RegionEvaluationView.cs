using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>A region's evaluation in a cycle, with the cycle it is measured against.</summary>
/// <param name="Cycle">The stored cycle: instrument and state.</param>
/// <param name="Evaluation">The region's self-assessment, verified scores (prefills with their source) and findings.</param>
public sealed record RegionEvaluationView(StoredCycle Cycle, RegionEvaluation Evaluation);

/// <summary>
/// The evaluator's decision on one question: <see cref="Confirm"/> a prefilled score as it is, or give
/// a <see cref="Score"/> (for a prefilled question this overrides it and needs a <see cref="Note"/>).
/// A decision with neither leaves the question's score as it is.
/// </summary>
/// <param name="Question">The question decided.</param>
/// <param name="Score">The evaluator's score, if given.</param>
/// <param name="Note">The evaluator's note.</param>
/// <param name="Confirm">True to accept the prefilled score.</param>
public sealed record ScoreDecision(Karsa.Monitoring.Evaluation.QuestionCode Question, decimal? Score, string? Note = null, bool Confirm = false);
