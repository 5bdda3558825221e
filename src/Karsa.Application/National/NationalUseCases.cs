using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Storage;

namespace Karsa.Application.National;

/// <summary>A page of the national view, and the provinces and cohorts to filter by.</summary>
/// <param name="Items">This page: each region by its newest version, with its newest published version.</param>
/// <param name="Offset">How many regions come before this page.</param>
/// <param name="Limit">The page size.</param>
/// <param name="Total">How many regions match the filters.</param>
/// <param name="Provinces">Every province with a plan.</param>
/// <param name="Cohorts">Every Smart City cohort year a plan names.</param>
public sealed record NationalRegions(IReadOnlyList<RegionOverview> Items, int Offset, int Limit, int Total, IReadOnlyList<string> Provinces, IReadOnlyList<int> Cohorts);

/// <summary>
/// The national view's use case (ministry evaluators, system administrators): every region's plan
/// state, newest version, programme count and budget total, filtered by province and cohort, paged.
/// Computed by the database from the projection columns; no plan is loaded.
/// </summary>
public static class NationalUseCases
{
    /// <summary>The largest page a caller may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>A page of every region with a plan, by code, filtered by <paramref name="province"/> and <paramref name="cohort"/> (null: all).</summary>
    public static Task<UseCaseResult<NationalRegions>> RegionsAsync(string? database, string? province, int? cohort, int offset, int limit,
        CancellationToken cancellationToken = default) =>
        StoreAccess.WithSharedStoreAsync(database, async store =>
        {
            var query = new RegionQuery(false, province, cohort, null, Math.Max(0, offset), Math.Clamp(limit, 1, MaxLimit));
            var page = await store.RegionsAsync(query, cancellationToken).ConfigureAwait(false);
            var filters = await store.RegionFiltersAsync(false, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new NationalRegions(page.Items, query.Offset, query.Limit, page.Total, filters.Provinces, filters.Cohorts));
        }, cancellationToken);
}
