using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Edits;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;

namespace Karsa.Application.Plans;

/// <summary>What an import did, and where.</summary>
/// <param name="Outcome">Which version it created, replaced or left unchanged.</param>
/// <param name="Database">The database, as the user reads it.</param>
public sealed record ImportAnswer(SaveOutcome Outcome, string Database);

/// <summary>What an edit of a draft did.</summary>
/// <param name="Outcome">The version saved and its new token.</param>
/// <param name="Warnings">The edited plan's warnings (e.g. an adopted roadmap the edit broke).</param>
public sealed record EditAnswer(SaveOutcome Outcome, IReadOnlyList<Diagnostic> Warnings);

/// <summary>
/// The use cases of a plan's versions: import a plan file, publish, start a new draft from the newest
/// published version, and edit a draft. The version rules are the domain's (<c>VersionLifecycle</c>);
/// these only load, call and store.
/// </summary>
public static class VersionUseCases
{
    /// <summary>Reads <paramref name="path"/> and stores it as the lifecycle decides (all or nothing).</summary>
    public static async Task<UseCaseResult<ImportAnswer>> ImportAsync(string path, string? database, CancellationToken cancellationToken = default)
    {
        var read = PlanFileUseCases.Validate(path, cancellationToken);
        if (!read.Succeeded)
        {
            return read.Error;
        }

        return await StoreAccess.WithStoreAsync(database, async store =>
        {
            var outcome = await store.SaveAsync(read.Value, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new ImportAnswer(outcome, store.Location.Display), [.. read.Warnings, .. outcome.Warnings]);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes <paramref name="version"/> of <paramref name="region"/> (the newest when null); refused with the domain's diagnostics when it cannot be.</summary>
    public static Task<UseCaseResult<PublishOutcome>> PublishAsync(string region, int? version, string? database, CancellationToken cancellationToken = default) =>
        PublishAsync(region, version, database, null, cancellationToken);

    /// <summary>Publishes as <see cref="PublishAsync(string, int?, string?, CancellationToken)"/>, recording <paramref name="author"/> as who published (and in the audit log).</summary>
    public static Task<UseCaseResult<PublishOutcome>> PublishAsync(string region, int? version, string? database, string? author, CancellationToken cancellationToken = default) =>
        WithRegion(region, code => StoreAccess.WithStoreAsync(database, async store =>
            UseCaseResult.Success(await store.PublishAsync(code, version, new SaveOptions(Author: author), cancellationToken).ConfigureAwait(false)), cancellationToken));

    /// <summary>Starts a new draft of <paramref name="region"/> from its newest published version (or names the draft that exists).</summary>
    public static Task<UseCaseResult<SaveOutcome>> StartDraftAsync(string region, string? database, string? author = null, CancellationToken cancellationToken = default) =>
        WithRegion(region, code => StoreAccess.WithStoreAsync(database, async store =>
            UseCaseResult.Success(await store.StartDraftAsync(code, new SaveOptions(Author: author), cancellationToken).ConfigureAwait(false)), cancellationToken));

    /// <summary>
    /// Applies <paramref name="edits"/> (all or none) to the newest version of <paramref name="region"/>,
    /// which must be a draft whose token is still <paramref name="basedOn"/>: a published version refuses
    /// (KRS058), a stale token gives a conflict naming who is newer, an edit that breaks a rule gives its
    /// diagnostics at the fields concerned; nothing is stored then.
    /// </summary>
    public static Task<UseCaseResult<EditAnswer>> EditDraftAsync(string region, string basedOn, IReadOnlyList<PlanEdit> edits, string? database,
        string? author = null, CancellationToken cancellationToken = default) =>
        WithRegion(region, code => StoreAccess.WithStoreAsync(database, async store =>
        {
            var newest = await store.LoadAsync(code, null, cancellationToken).ConfigureAwait(false);
            var edited = newest.Plan.EditDraft(edits);
            if (!edited.Succeeded)
            {
                return UseCaseError.Invalid(edited.Problems);
            }

            var outcome = await store.SaveAsync(edited.Plan, new SaveOptions(basedOn, author), cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new EditAnswer(outcome, edited.Plan.Warnings), edited.Plan.Warnings);
        }, cancellationToken));

    /// <summary>Runs <paramref name="work"/> for the region code <paramref name="region"/>, or gives the error of a malformed code.</summary>
    internal static async Task<UseCaseResult<T>> WithRegion<T>(string region, Func<RegionCode, Task<UseCaseResult<T>>> work)
        where T : class =>
        Failures.TryRegion(region, out var code, out var error) ? await work(code).ConfigureAwait(false) : error!;
}
