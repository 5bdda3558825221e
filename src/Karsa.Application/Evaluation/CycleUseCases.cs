using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>What a new cycle is made of.</summary>
/// <param name="Year">The fiscal year evaluated.</param>
/// <param name="Title">The cycle's name.</param>
/// <param name="Preset">The weight preset's key (<see cref="WeightPresets"/>).</param>
/// <param name="FilledWeights">The weights the preset leaves open, if any.</param>
/// <param name="Scale">The answer scale; 1-5 with 2 decimals when not given.</param>
public sealed record NewCycle(FiscalYear Year, LocalizedText Title, string Preset,
    IReadOnlyDictionary<EvaluationDimension, decimal>? FilledWeights = null, AnswerScale? Scale = null);

/// <summary>
/// The ministry's use cases on evaluation cycles: list, read, create from a weight preset with the
/// starter questionnaire, change the instrument in draft, and move the cycle forward. The actor's
/// role is checked by <see cref="AccessPolicy"/>; the cycle's state by the model (KRS135).
/// </summary>
public static class CycleUseCases
{
    /// <summary>Every cycle, newest year first.</summary>
    public static Task<UseCaseResult<IReadOnlyList<CycleSummary>>> ListAsync(string? database, CancellationToken cancellationToken = default) =>
        EvaluationStores.WithStoreAsync(database, async store =>
            UseCaseResult.Success(await store.CyclesAsync(cancellationToken).ConfigureAwait(false)), cancellationToken);

    /// <summary>One cycle with its instrument.</summary>
    public static Task<UseCaseResult<StoredCycle>> GetAsync(string? database, long cycle, CancellationToken cancellationToken = default) =>
        EvaluationStores.WithStoreAsync(database, async store =>
            UseCaseResult.Success(await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false)), cancellationToken);

    /// <summary>Creates a cycle in draft from <paramref name="request"/>'s preset and the <see cref="StarterQuestions"/>; gives the stored cycle.</summary>
    public static Task<UseCaseResult<StoredCycle>> CreateAsync(string? database, Actor? actor, NewCycle request, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (AccessPolicy.EvaluationPartyFor(actor, EvaluationAction.EditInstrument, null) is null)
        {
            return Task.FromResult<UseCaseResult<StoredCycle>>(EvaluationRefusals.Forbidden());
        }

        if (WeightPresets.All.FirstOrDefault(p => p.Key == request.Preset) is not { } preset)
        {
            return Task.FromResult<UseCaseResult<StoredCycle>>(EvaluationRefusals.UnknownPreset(request.Preset));
        }

        return EvaluationStores.WithStoreAsync(database, async store =>
        {
            var instrument = new EvaluationInstrument(StarterQuestions.All, preset.ToWeights(request.FilledWeights), request.Scale ?? new AnswerScale(1m, 5m, 2));
            var id = await store.CreateCycleAsync(new EvaluationCycle(request.Year, request.Title, instrument), preset.Key, actor!.Name, now, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(await store.CycleAsync(id, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);
    }

    /// <summary>Replaces the instrument of a cycle in draft (the ministry only).</summary>
    public static Task<UseCaseResult<StoredCycle>> EditInstrumentAsync(string? database, Actor? actor, long cycle, EvaluationInstrument instrument, DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(database, actor, cycle, EvaluationAction.EditInstrument, (c, party) => c.WithInstrument(party, instrument), now, cancellationToken);

    /// <summary>Opens the self-assessment or starts verification (<paramref name="move"/>); publishing is <see cref="PublishUseCase"/>.</summary>
    public static Task<UseCaseResult<StoredCycle>> MoveAsync(string? database, Actor? actor, long cycle, EvaluationAction move, DateTimeOffset now,
        CancellationToken cancellationToken = default) => move switch
        {
            EvaluationAction.OpenSelfAssessment => ChangeAsync(database, actor, cycle, move, (c, party) => c.OpenSelfAssessment(party), now, cancellationToken),
            EvaluationAction.StartVerification => ChangeAsync(database, actor, cycle, move, (c, party) => c.StartVerification(party), now, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(move), move, "only the opening and verification moves"),
        };

    private static Task<UseCaseResult<StoredCycle>> ChangeAsync(string? database, Actor? actor, long cycle, EvaluationAction action,
        Func<EvaluationCycle, EvaluationParty, EvaluationCycle> change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (AccessPolicy.EvaluationPartyFor(actor, action, null) is not { } party)
        {
            return Task.FromResult<UseCaseResult<StoredCycle>>(EvaluationRefusals.Forbidden());
        }

        return EvaluationStores.WithStoreAsync(database, async store =>
        {
            var stored = await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false);
            await store.SaveCycleAsync(cycle, stored.Cycle.State, change(stored.Cycle, party), actor!.Name, now, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false));
        }, cancellationToken);
    }
}
