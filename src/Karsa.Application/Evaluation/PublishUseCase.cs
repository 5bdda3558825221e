using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>
/// Publishes a cycle (the ministry, in verification): computes every evaluated region's index with the
/// model's <c>IndexCalculator</c> (through <see cref="EvaluationCycle.Publish"/>) and stores the results
/// with the state in one transaction. Refused while a question is unscored (KRS136) or a prefill
/// unconfirmed (KRS137). Afterwards the cycle and its evaluations are frozen.
/// </summary>
public static class PublishUseCase
{
    /// <summary>Publishes cycle <paramref name="cycle"/>; gives the published cycle.</summary>
    public static Task<UseCaseResult<StoredCycle>> PublishAsync(string? database, Actor? actor, long cycle, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        if (AccessPolicy.EvaluationPartyFor(actor, EvaluationAction.Publish, null) is not { } party)
        {
            return Task.FromResult<UseCaseResult<StoredCycle>>(EvaluationRefusals.Forbidden());
        }

        return EvaluationStores.WithStoreAsync(database, async store =>
        {
            var stored = await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false);
            var evaluations = await store.EvaluationsAsync(cycle, null, cancellationToken).ConfigureAwait(false);
            var published = stored.Cycle.Publish(party, evaluations);
            await store.PublishAsync(cycle, stored.Cycle.State, published, actor!.Name, now, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);
    }
}
