using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Versions;

/// <summary>
/// Use case: compare two stored versions of a region's plan (<c>karsa diff REGION V1 V2</c>). Loads both
/// versions from the store and returns what differs, or a typed error (malformed region, region or
/// version not found, database unavailable) as a <see cref="UseCaseError"/>. Reads only.
/// </summary>
public static class CompareVersions
{
    /// <summary>Compares version <paramref name="olderVersion"/> with <paramref name="newerVersion"/> of <paramref name="region"/>.</summary>
    /// <param name="database">The <c>--db</c> value: null for the default SQLite file, a path, or a PostgreSQL connection string.</param>
    /// <param name="region">The region code, e.g. 33.13.</param>
    /// <param name="olderVersion">The version compared from.</param>
    /// <param name="newerVersion">The version compared to.</param>
    /// <param name="progress">Hears each stage.</param>
    /// <param name="cancellationToken">Stops the loading.</param>
    public static async Task<UseCaseResult<VersionComparison>> RunAsync(string? database, string region, int olderVersion, int newerVersion,
        IProgress<UseCaseProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Failures.TryRegion(region, out var code, out var error))
        {
            return error!;
        }

        return await StoreAccess.WithStoreAsync(database, async store =>
        {
            progress?.Report(new UseCaseProgress("loading", new LocalizedText("Memuat kedua versi", "Loading both versions")));
            var older = await store.LoadAsync(code, olderVersion, cancellationToken).ConfigureAwait(false);
            var newer = await store.LoadAsync(code, newerVersion, cancellationToken).ConfigureAwait(false);
            progress?.Report(new UseCaseProgress("comparing", new LocalizedText("Membandingkan", "Comparing")));
            return UseCaseResult.Success(VersionComparison.Of(older.Plan.Content, newer.Plan.Content, older.Summary.Version, newer.Summary.Version));
        }, cancellationToken).ConfigureAwait(false);
    }
}
