using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Storage;

namespace Karsa.Application.Versions;

/// <summary>
/// Use case: compare two stored versions of a region's plan (<c>karsa diff REGION V1 V2</c>). Loads both
/// versions from the store and returns what differs, or a typed error (malformed region, region or
/// version not found, database unavailable). Reads only.
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
    public static async Task<CompareVersionsResult> RunAsync(string? database, string region, int olderVersion, int newerVersion,
        IProgress<UseCaseProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        RegionCode code;
        try
        {
            code = new RegionCode(region);
        }
        catch (DomainException problem)
        {
            return CompareVersionsResult.Failed(CompareVersionsFailure.InvalidRegion,
                new LocalizedText($"Kode wilayah '{region}' tidak sah.", $"The region code '{region}' is not valid."), problem.Problems);
        }

        try
        {
            progress?.Report(new UseCaseProgress("loading", new LocalizedText("Memuat kedua versi", "Loading both versions")));
            var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(database), cancellationToken).ConfigureAwait(false);
            var older = await store.LoadAsync(code, olderVersion, cancellationToken).ConfigureAwait(false);
            var newer = await store.LoadAsync(code, newerVersion, cancellationToken).ConfigureAwait(false);
            progress?.Report(new UseCaseProgress("comparing", new LocalizedText("Membandingkan", "Comparing")));
            return CompareVersionsResult.Success(VersionComparison.Of(older.Plan.Content, newer.Plan.Content, older.Summary.Version, newer.Summary.Version));
        }
        catch (StorageException problem)
        {
            return CompareVersionsResult.Failed(problem.IsNotFound ? CompareVersionsFailure.NotFound : CompareVersionsFailure.Database, problem.Text);
        }
    }
}
