using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Scoring;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>Where the score counted for one question comes from.</summary>
public enum ScoreBasis
{
    /// <summary>The evaluator's score (given, or a prefill confirmed or overridden), or the published result's.</summary>
    Verified,

    /// <summary>Prefilled from Karsa's data, not yet confirmed by the evaluator.</summary>
    Prefilled,

    /// <summary>Not verified yet: the region's own self-assessment counts in its place.</summary>
    SelfAssessment,

    /// <summary>Neither: counted as the scale's minimum (<see cref="IndexCalculator"/>).</summary>
    Unanswered,
}

/// <summary>
/// A region's index in a cycle: the published one when the cycle has published it, otherwise a
/// provisional index that counts each question's verified score, or the region's self-assessment where
/// no score is verified yet (<see cref="Basis"/> says which, so every front door can label it).
/// </summary>
/// <param name="Cycle">The cycle with its instrument.</param>
/// <param name="Region">The region.</param>
/// <param name="Published">True when <see cref="Index"/> is the published result.</param>
/// <param name="Index">The index, exact (round for display only).</param>
/// <param name="Basis">Where each question's counted score comes from.</param>
public sealed record RegionScores(StoredCycle Cycle, RegionCode Region, bool Published, EvaluationIndex Index, IReadOnlyDictionary<QuestionCode, ScoreBasis> Basis)
{
    /// <summary>How many questions of <paramref name="dimension"/> count a score of <paramref name="basis"/>.</summary>
    public int Count(EvaluationDimension dimension, ScoreBasis basis) => Count(q => q.EvaluationDimension == dimension, basis);

    /// <summary>How many questions concerning <paramref name="dimension"/> count a score of <paramref name="basis"/>.</summary>
    public int Count(Dimension dimension, ScoreBasis basis) => Count(q => q.SmartCityDimension == dimension, basis);

    /// <summary>How many questions of the whole instrument count a score of <paramref name="basis"/>.</summary>
    public int Count(ScoreBasis basis) => Count(_ => true, basis);

    private int Count(Func<Question, bool> within, ScoreBasis basis) =>
        Cycle.Cycle.Instrument.Questions.Count(q => within(q) && Basis.GetValueOrDefault(q.Code, ScoreBasis.Unanswered) == basis);
}

/// <summary>
/// The index of one region in one cycle (<see cref="RegionScores"/>). A published result may be read by
/// anyone; a provisional index needs <see cref="Permission.ReadEvaluation"/> for the region. A region
/// with neither a result nor any score or answer in the cycle is not found.
/// </summary>
public static class ScoreUseCase
{
    /// <summary>The index of <paramref name="region"/> in <paramref name="cycle"/> for <paramref name="actor"/>.</summary>
    public static Task<UseCaseResult<RegionScores>> ScoresAsync(string? database, Actor? actor, long cycle, string region, CancellationToken cancellationToken = default) =>
        EvaluationStores.WithStoreAsync(database, async store =>
        {
            var code = new RegionCode(region);
            var stored = await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false);
            var questions = stored.Cycle.Instrument.Questions;
            var results = await store.RegionResultsAsync(code, cancellationToken).ConfigureAwait(false);
            if (results.FirstOrDefault(r => r.CycleId == cycle) is { } published)
            {
                return UseCaseResult.Success(new RegionScores(stored, code, true, published.Result.Index,
                    questions.ToDictionary(q => q.Code, _ => ScoreBasis.Verified)));
            }

            if (!AccessPolicy.Allows(actor, Permission.ReadEvaluation, code))
            {
                return EvaluationRefusals.Forbidden();
            }

            var evaluation = await store.EvaluationAsync(cycle, code, cancellationToken).ConfigureAwait(false);
            if (evaluation.Verified.Count == 0 && evaluation.SelfAssessment.Count == 0)
            {
                return NothingScored(cycle, code);
            }

            var basis = new Dictionary<QuestionCode, ScoreBasis>();
            var counted = new List<VerifiedScore>();
            foreach (var question in questions)
            {
                if (evaluation.ScoreOf(question.Code) is { } verified)
                {
                    counted.Add(verified);
                    basis[question.Code] = verified.State == ScoreState.Prefilled ? ScoreBasis.Prefilled : ScoreBasis.Verified;
                }
                else if (evaluation.SelfAssessment.FirstOrDefault(a => a.Question == question.Code) is { } answer)
                {
                    // Only the question and its score reach the calculator; the basis keeps where it came from.
                    counted.Add(VerifiedScore.ByEvaluator(question.Code, answer.Score));
                    basis[question.Code] = ScoreBasis.SelfAssessment;
                }
                else
                {
                    basis[question.Code] = ScoreBasis.Unanswered;
                }
            }

            return UseCaseResult.Success(new RegionScores(stored, code, false, IndexCalculator.Compute(stored.Cycle.Instrument, counted), basis));
        }, cancellationToken);

    private static UseCaseError NothingScored(long cycle, RegionCode region) => UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
        $"Wilayah {region} belum mempunyai penilaian mandiri, skor terverifikasi atau hasil terbit pada siklus evaluasi {cycle}.",
        $"Region {region} has no self-assessment, verified score or published result in evaluation cycle {cycle}."));
}
