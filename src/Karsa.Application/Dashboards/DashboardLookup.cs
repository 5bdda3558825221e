using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Application.Portal;
using Karsa.Domain.Primitives;
using Karsa.Storage;

namespace Karsa.Application.Dashboards;

/// <summary>Finds the head of a region's version (number, state, token) without loading its content.</summary>
internal static class DashboardLookup
{
    /// <summary>The head of <paramref name="version"/> (the newest when null) of <paramref name="region"/>, or not found.</summary>
    public static Task<UseCaseResult<VersionHead>> HeadAsync(string? database, string region, int? version, CancellationToken cancellationToken) =>
        PortalUseCases.WithRegion(region, code => StoreAccess.WithSharedStoreAsync(database, async store =>
            await store.HeadAsync(code, version, cancellationToken).ConfigureAwait(false) is { } head
                ? UseCaseResult.Success(head)
                : NotFound(code, version), cancellationToken));

    /// <summary>"Region X has no plan" or "has no version N".</summary>
    public static UseCaseError NotFound(RegionCode region, int? version) => UseCaseError.Of(FailureKind.NotFound, version is { } v
        ? new LocalizedText($"Wilayah {region} tidak memiliki versi {v}.", $"Region {region} has no version {v}.")
        : new LocalizedText($"Wilayah {region} belum memiliki rencana.", $"Region {region} has no plan yet."));
}
