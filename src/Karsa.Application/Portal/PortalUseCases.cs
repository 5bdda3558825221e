using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Storage;

namespace Karsa.Application.Portal;

/// <summary>A page of regions with published plans, and the provinces to filter by.</summary>
/// <param name="Items">This page: each region by its newest published version.</param>
/// <param name="Offset">How many regions come before this page.</param>
/// <param name="Limit">The page size.</param>
/// <param name="Total">How many regions match.</param>
/// <param name="Provinces">Every province with a published plan.</param>
public sealed record PublishedRegions(IReadOnlyList<RegionOverview> Items, int Offset, int Limit, int Total, IReadOnlyList<string> Provinces);

/// <summary>
/// The public portal's use cases: what anyone may read without signing in. Every one reads published
/// versions only, chosen by the database (<c>state = Published</c>) before any content is loaded, so
/// nothing of a draft can reach the portal.
/// </summary>
public static class PortalUseCases
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>A page of the regions with a published plan, by code; <paramref name="search"/> matches names or codes, <paramref name="province"/> is exact.</summary>
    public static Task<UseCaseResult<PublishedRegions>> RegionsAsync(string? database, string? search, string? province, int offset, int limit,
        CancellationToken cancellationToken = default) =>
        StoreAccess.WithSharedStoreAsync(database, async store =>
        {
            var query = new RegionQuery(true, province, null, search, Math.Max(0, offset), Math.Clamp(limit, 1, MaxLimit));
            var page = await store.RegionsAsync(query, cancellationToken).ConfigureAwait(false);
            var filters = await store.RegionFiltersAsync(true, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new PublishedRegions(page.Items, query.Offset, query.Limit, page.Total, filters.Provinces));
        }, cancellationToken);

    /// <summary>The overview of <paramref name="region"/>'s newest published version; not found when it has none (a region with drafts only included).</summary>
    public static Task<UseCaseResult<PlanOverview>> PublishedPlanAsync(string? database, string region, CancellationToken cancellationToken = default) =>
        WithRegion(region, code => StoreAccess.WithSharedStoreAsync(database, async store =>
        {
            var head = await store.HeadAsync(code, publishedOnly: true, cancellationToken).ConfigureAwait(false);
            if (head is null)
            {
                return NothingPublished(code);
            }

            var overview = await PlanOverviews.OfAsync(store, code, head, cancellationToken).ConfigureAwait(false);
            return overview.State == PlanState.Published ? UseCaseResult.Success(overview) : NothingPublished(code);
        }, cancellationToken));

    /// <summary>The number of <paramref name="region"/>'s newest published version; not found when it has none.</summary>
    public static Task<UseCaseResult<VersionHead>> PublishedVersionAsync(string? database, string region, CancellationToken cancellationToken = default) =>
        WithRegion(region, code => StoreAccess.WithSharedStoreAsync(database, async store =>
            await store.HeadAsync(code, publishedOnly: true, cancellationToken).ConfigureAwait(false) is { } head
                ? UseCaseResult.Success(head)
                : NothingPublished(code), cancellationToken));

    /// <summary>Runs <paramref name="work"/> on a valid region code, or says the code is not one.</summary>
    internal static async Task<UseCaseResult<T>> WithRegion<T>(string region, Func<RegionCode, Task<UseCaseResult<T>>> work)
        where T : class =>
        Failures.TryRegion(region, out var code, out var error) ? await work(code).ConfigureAwait(false) : error!;

    private static UseCaseError NothingPublished(RegionCode region) => UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
        $"Wilayah {region} belum menerbitkan masterplan.", $"Region {region} has not published a masterplan."));
}
