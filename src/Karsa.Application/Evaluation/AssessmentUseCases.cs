using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Monitoring;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>
/// One region's evaluation in a cycle: read it, fill the self-assessment (the region), prefill scores
/// from Karsa's data, decide scores and write findings (the evaluator). Who may is decided by
/// <see cref="AccessPolicy"/>; when, by the cycle's state (KRS135); each write is checked against the
/// instrument (KRS133, KRS134) and stored only if the cycle has not moved on meanwhile.
/// </summary>
public static class AssessmentUseCases
{
    /// <summary>The region's evaluation; needs <see cref="Permission.ReadEvaluation"/> for the region.</summary>
    public static Task<UseCaseResult<RegionEvaluationView>> GetAsync(string? database, Actor? actor, long cycle, RegionCode region,
        CancellationToken cancellationToken = default) =>
        !AccessPolicy.Allows(actor, Permission.ReadEvaluation, region)
            ? Task.FromResult<UseCaseResult<RegionEvaluationView>>(EvaluationRefusals.Forbidden())
            : EvaluationStores.WithStoreAsync(database, async store => UseCaseResult.Success(await ViewAsync(store, cycle, region, cancellationToken).ConfigureAwait(false)),
                cancellationToken);

    /// <summary>Replaces the region's self-assessment (the region's planners, while the cycle is open).</summary>
    public static Task<UseCaseResult<RegionEvaluationView>> SaveSelfAssessmentAsync(string? database, Actor? actor, long cycle, RegionCode region,
        ValueList<SelfAssessmentAnswer> answers, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ChangeAsync(database, actor, cycle, region, EvaluationAction.EditSelfAssessment, async (store, view, party) =>
        {
            var changed = view.Evaluation.WithSelfAssessment(view.Cycle.Cycle, party, answers);
            await store.SaveSelfAssessmentAsync(cycle, view.Cycle.Cycle.State, region, changed.SelfAssessment, actor!.Name, now, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Prefills the region's prefillable questions from <paramref name="facts"/> for the cycle's year
    /// (the evaluator, in verification); a region without a published plan gets no prefill.
    /// </summary>
    public static Task<UseCaseResult<RegionEvaluationView>> PrefillAsync(string? database, Actor? actor, long cycle, RegionCode region, IProgressFacts facts,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return ScoresAsync(database, actor, cycle, region, async view =>
            await facts.FactsAsync(region, view.Cycle.Cycle.Year, cancellationToken).ConfigureAwait(false) is { } measured
                ? Prefills.Apply(view.Cycle.Cycle.Instrument, view.Evaluation.Verified, measured)
                : null, now, cancellationToken);
    }

    /// <summary>Applies the evaluator's <paramref name="decisions"/> to the region's scores (in verification).</summary>
    public static Task<UseCaseResult<RegionEvaluationView>> DecideScoresAsync(string? database, Actor? actor, long cycle, RegionCode region,
        IReadOnlyList<ScoreDecision> decisions, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return ScoresAsync(database, actor, cycle, region, view =>
            Task.FromResult<IReadOnlyList<VerifiedScore>?>(ScoreDecisions.Apply(view.Cycle.Cycle.Instrument, view.Evaluation.Verified, decisions)), now, cancellationToken);
    }

    /// <summary>Replaces the region's verified scores by what <paramref name="scores"/> makes of them (null: leave them).</summary>
    private static Task<UseCaseResult<RegionEvaluationView>> ScoresAsync(string? database, Actor? actor, long cycle, RegionCode region,
        Func<RegionEvaluationView, Task<IReadOnlyList<VerifiedScore>?>> scores, DateTimeOffset now, CancellationToken cancellationToken) =>
        ChangeAsync(database, actor, cycle, region, EvaluationAction.Verify, async (store, view, party) =>
        {
            var c = view.Cycle.Cycle;
            if (await scores(view).ConfigureAwait(false) is { } replaced)
            {
                var changed = view.Evaluation.WithVerifiedScores(c, party, [.. replaced]);
                await store.SaveVerifiedScoresAsync(cycle, c.State, region, changed.Verified, actor!.Name, now, cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);

    /// <summary>Replaces the region's findings (the evaluator, in verification).</summary>
    public static Task<UseCaseResult<RegionEvaluationView>> SaveFindingsAsync(string? database, Actor? actor, long cycle, RegionCode region,
        ValueList<Finding> findings, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ChangeAsync(database, actor, cycle, region, EvaluationAction.WriteFindings, async (store, view, party) =>
        {
            var changed = view.Evaluation.WithFindings(view.Cycle.Cycle, party, findings);
            await store.SaveFindingsAsync(cycle, view.Cycle.Cycle.State, region, changed.Findings, actor!.Name, now, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static Task<UseCaseResult<RegionEvaluationView>> ChangeAsync(string? database, Actor? actor, long cycle, RegionCode region, EvaluationAction action,
        Func<EvaluationStore, RegionEvaluationView, EvaluationParty, Task> change, CancellationToken cancellationToken)
    {
        if (AccessPolicy.EvaluationPartyFor(actor, action, region) is not { } party)
        {
            return Task.FromResult<UseCaseResult<RegionEvaluationView>>(EvaluationRefusals.Forbidden());
        }

        return EvaluationStores.WithStoreAsync(database, async store =>
        {
            await change(store, await ViewAsync(store, cycle, region, cancellationToken).ConfigureAwait(false), party).ConfigureAwait(false);
            return UseCaseResult.Success(await ViewAsync(store, cycle, region, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);
    }

    internal static async Task<RegionEvaluationView> ViewAsync(EvaluationStore store, long cycle, RegionCode region, CancellationToken cancellationToken) =>
        new(await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false), await store.EvaluationAsync(cycle, region, cancellationToken).ConfigureAwait(false));
}
