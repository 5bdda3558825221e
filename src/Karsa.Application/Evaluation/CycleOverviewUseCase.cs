using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>Where one region's evaluation in a cycle stands.</summary>
/// <param name="Region">The region.</param>
/// <param name="Name">Its name, when a stored plan gives one.</param>
/// <param name="Answered">Questions the region answered in its self-assessment.</param>
/// <param name="Scored">Questions with a verified score (any state).</param>
/// <param name="PendingPrefills">Prefilled scores the evaluator has not confirmed yet.</param>
/// <param name="Findings">The evaluator's findings.</param>
public sealed record RegionAssessmentLine(RegionCode Region, string? Name, int Answered, int Scored, int PendingPrefills, int Findings);

/// <summary>A cycle with every region that has a plan or an evaluation in it.</summary>
/// <param name="Cycle">The stored cycle.</param>
/// <param name="Regions">The regions, by code.</param>
public sealed record CycleOverview(StoredCycle Cycle, IReadOnlyList<RegionAssessmentLine> Regions);

/// <summary>The ministry's view of one cycle: its instrument and state, and where each region's evaluation stands (needs <see cref="Permission.ReadNational"/>).</summary>
public static class CycleOverviewUseCase
{
    /// <summary>The overview of cycle <paramref name="cycle"/>.</summary>
    public static Task<UseCaseResult<CycleOverview>> GetAsync(string? database, Actor? actor, long cycle, CancellationToken cancellationToken = default) =>
        !AccessPolicy.Allows(actor, Permission.ReadNational, null)
            ? Task.FromResult<UseCaseResult<CycleOverview>>(EvaluationRefusals.Forbidden())
            : EvaluationStores.WithStoreAsync(database, async store =>
            {
                var stored = await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false);
                var evaluations = (await store.EvaluationsAsync(cycle, null, cancellationToken).ConfigureAwait(false)).ToDictionary(e => e.Region.Value, StringComparer.Ordinal);
                var labels = await store.RegionLabelsAsync(cancellationToken).ConfigureAwait(false);
                var lines = labels.Keys.Union(evaluations.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal)
                    .Select(code => Line(new RegionCode(code), labels.GetValueOrDefault(code)?.Name, evaluations.GetValueOrDefault(code)));
                return UseCaseResult.Success(new CycleOverview(stored, [.. lines]));
            }, cancellationToken);

    private static RegionAssessmentLine Line(RegionCode region, string? name, RegionEvaluation? evaluation) => evaluation is null
        ? new(region, name, 0, 0, 0, 0)
        : new(region, name, evaluation.SelfAssessment.Count, evaluation.Verified.Count, evaluation.Verified.Count(s => s.State == ScoreState.Prefilled), evaluation.Findings.Count);
}
