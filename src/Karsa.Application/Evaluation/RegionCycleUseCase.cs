using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Application.Evaluation;

/// <summary>What a region's page of one cycle shows: its evaluation and, once the cycle is published, its result.</summary>
/// <param name="Evaluation">The cycle and the region's self-assessment, scores and findings.</param>
/// <param name="Result">The published result with rank and change; null before publication.</param>
public sealed record RegionCycleView(RegionEvaluationView Evaluation, RegionResultView? Result);

/// <summary>A region's own page of a cycle (needs <see cref="Permission.ReadEvaluation"/> for the region: its own, or a national role).</summary>
public static class RegionCycleUseCase
{
    /// <summary>The evaluation of <paramref name="region"/> in <paramref name="cycle"/>, with its result when published.</summary>
    public static Task<UseCaseResult<RegionCycleView>> GetAsync(string? database, Actor? actor, long cycle, RegionCode region, CancellationToken cancellationToken = default) =>
        !AccessPolicy.Allows(actor, Permission.ReadEvaluation, region)
            ? Task.FromResult<UseCaseResult<RegionCycleView>>(EvaluationRefusals.Forbidden())
            : EvaluationStores.WithStoreAsync(database, async store =>
            {
                var view = await AssessmentUseCases.ViewAsync(store, cycle, region, cancellationToken).ConfigureAwait(false);
                var result = view.Cycle.Cycle.State == CycleState.Published
                    ? await ResultUseCases.ViewAsync(store, cycle, region, cancellationToken).ConfigureAwait(false)
                    : null;
                return UseCaseResult.Success(new RegionCycleView(view, result));
            }, cancellationToken);
}
