using Karsa.Domain.Catalogue;
using Karsa.Monitoring.Evaluation.Assessment;

namespace Karsa.Monitoring.Evaluation.Scoring;

/// <summary>
/// Computes the index from verified scores, in decimal, without rounding:
/// <list type="bullet">
/// <item>evaluation dimension d: sum over its questions q of w_q x s_q, divided by the sum of w_q;</item>
/// <item>smart-city dimension c: the same over the questions concerning c, whatever their evaluation dimension;</item>
/// <item>overall: sum over d of W_d x I_d, divided by the sum of W_d (the cycle's weights, 100).</item>
/// </list>
/// A question without a verified score counts as the scale's minimum (no evidence, lowest score; leaving
/// a question out can never raise an index) and is counted as unanswered. A smart-city dimension no
/// question concerns has no index (absent, not zero). Every evaluation dimension has questions (the
/// instrument guarantees it).
/// </summary>
public static class IndexCalculator
{
    /// <summary>The index of <paramref name="scores"/> under <paramref name="instrument"/>; scores are checked as when recorded (<c>verified[i]</c>).</summary>
    public static EvaluationIndex Compute(EvaluationInstrument instrument, IReadOnlyList<VerifiedScore> scores)
    {
        Refusal.ThrowIfAny(ScoreChecks.Check(instrument, scores, s => s.Question, s => s.Score, "verified"));
        var given = scores.ToDictionary(s => s.Question, s => s.Score);
        var scored = instrument.Questions
            .Select(q => (Question: q, Score: given.TryGetValue(q.Code, out var score) ? score : (decimal?)null))
            .ToList();

        DimensionIndex<T> IndexOf<T>(T dimension, IReadOnlyCollection<(Question Question, decimal? Score)> items)
            where T : struct, Enum =>
            new(dimension, WeightedMean.Of([.. items.Select(i => (i.Question.Weight, i.Score ?? instrument.Scale.Minimum))]),
                items.Count, items.Count(i => i.Score is null));

        var byEvaluation = EvaluationDimensions.All
            .Select(d => IndexOf(d, [.. scored.Where(s => s.Question.EvaluationDimension == d)]))
            .ToList();
        var bySmartCity = Dimensions.All
            .Select(c => (Dimension: c, Items: scored.Where(s => s.Question.SmartCityDimension == c).ToList()))
            .Where(c => c.Items.Count > 0)
            .Select(c => IndexOf(c.Dimension, c.Items))
            .ToList();
        var overall = WeightedMean.Of([.. byEvaluation.Select(i => (instrument.Weights.Of(i.Dimension), i.Index))]);
        return new EvaluationIndex(overall, [.. byEvaluation], [.. bySmartCity]);
    }
}
