using Karsa.Application.Common;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;

namespace Karsa.Application.Plans;

/// <summary>A region's versions, newest last.</summary>
/// <param name="Versions">Every stored version of the region.</param>
public sealed record RegionVersionList(IReadOnlyList<PlanVersionSummary> Versions);

/// <summary>One stored version as a plan file, with its storage facts (its token is the resource's ETag).</summary>
/// <param name="Summary">The version's facts.</param>
/// <param name="Text">The plan file's text (JSON: the stored canonical bytes).</param>
/// <param name="Format">YAML or JSON.</param>
public sealed record VersionFile(PlanVersionSummary Summary, string Text, PlanFormat Format);

/// <summary>
/// The reads and writes of one region's versions as a front door addressed by the region meets them:
/// list, read a version or the draft, store a whole plan file as the draft with a precondition, and
/// publish a version the caller has seen. Version rules stay the domain's and the store's.
/// </summary>
public static class RegionVersions
{
    /// <summary>
    /// The token to pass as <c>basedOn</c> when the caller means "only if the region has no plan yet"
    /// (HTTP <c>If-None-Match: *</c>): no stored version has it, so a save over an existing plan is a conflict.
    /// </summary>
    public const string NoVersionYet = "*";

    /// <summary>Every version of <paramref name="region"/> (empty when it has none); reads only.</summary>
    public static Task<UseCaseResult<RegionVersionList>> ListAsync(string region, string? database, CancellationToken cancellationToken = default) =>
        VersionUseCases.WithRegion(region, code => StoreAccess.WithStoreAsync(database, async store =>
        {
            var all = await store.ListAsync(cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new RegionVersionList([.. all.Where(v => v.RegionCode == code.Value)]));
        }, cancellationToken));

    /// <summary>
    /// Version <paramref name="version"/> of <paramref name="region"/> (the newest when null) as a plan
    /// file in <paramref name="format"/>; with <paramref name="draftOnly"/>, the newest version only when
    /// it is a draft (not found otherwise).
    /// </summary>
    public static Task<UseCaseResult<VersionFile>> ReadAsync(string region, int? version, bool draftOnly, PlanFormat format, string? database,
        CancellationToken cancellationToken = default) =>
        VersionUseCases.WithRegion(region, code => StoreAccess.WithStoreAsync(database, async store =>
        {
            var stored = await store.LoadAsync(code, version, cancellationToken).ConfigureAwait(false);
            if (draftOnly && stored.Summary.State != PlanState.Draft)
            {
                return UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
                    $"Wilayah {code} tidak memiliki draf: versi terbaru ({stored.Summary.Version}) sudah diterbitkan. Mulai draf baru dahulu.",
                    $"Region {code} has no draft: its newest version ({stored.Summary.Version}) is published. Start a new draft first."));
            }

            return UseCaseResult.Success(new VersionFile(stored.Summary, stored.Write(format), format), stored.Plan.Warnings);
        }, cancellationToken));

    /// <summary>
    /// Publishes version <paramref name="version"/> of <paramref name="region"/> when its token is still
    /// <paramref name="basedOn"/> (a conflict otherwise); a published version is named unchanged, and a
    /// draft the rules refuse gives their diagnostics.
    /// </summary>
    public static Task<UseCaseResult<PublishOutcome>> PublishAsync(string region, int version, string basedOn, string? database, string? author,
        CancellationToken cancellationToken = default) =>
        VersionUseCases.WithRegion(region, code => StoreAccess.WithStoreAsync(database, async store =>
            UseCaseResult.Success(await store.PublishAsync(code, version, new SaveOptions(basedOn, author), cancellationToken).ConfigureAwait(false)),
            cancellationToken));
}
