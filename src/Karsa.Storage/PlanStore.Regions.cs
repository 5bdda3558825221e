using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Storage.Caching;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>Which regions a <see cref="PlanStore.RegionsAsync"/> call lists, and which page of them.</summary>
/// <param name="PublishedOnly">True: only regions with a published version, each shown by its newest published version (drafts never read); false: every region by its newest version.</param>
/// <param name="Province">Only this province (exact name); null for all.</param>
/// <param name="Cohort">Only this Smart City cohort year; null for all.</param>
/// <param name="Search">Only regions whose name contains this (any case); null for all.</param>
/// <param name="Offset">How many matching regions to skip.</param>
/// <param name="Limit">How many to return at most.</param>
public sealed record RegionQuery(bool PublishedOnly, string? Province = null, int? Cohort = null, string? Search = null, int Offset = 0, int Limit = 50);

/// <summary>
/// One region as a list shows it: its facts, and the facts of the version shown (the newest, or the
/// newest published one), with programme count and total cost computed by the database.
/// </summary>
/// <param name="Code">Home Affairs code.</param>
/// <param name="Name">Region name without its kind.</param>
/// <param name="Kind">"Kabupaten" or "Kota".</param>
/// <param name="Province">Province name.</param>
/// <param name="Cohort">Smart City cohort year, when the plan says.</param>
/// <param name="Version">The version shown.</param>
/// <param name="State">Its state.</param>
/// <param name="PublishedVersion">The region's newest published version; null when none is published.</param>
/// <param name="Title">The shown version's title.</param>
/// <param name="FirstYear">Its first year.</param>
/// <param name="LastYear">Its last year.</param>
/// <param name="ProgrammeCount">Its number of programmes.</param>
/// <param name="TotalCost">The sum of its programmes' costs, whole Rupiah.</param>
/// <param name="UpdatedAt">When it was last changed.</param>
public sealed record RegionOverview(
    string Code, string Name, string Kind, string Province, int? Cohort, int Version, PlanState State, int? PublishedVersion,
    string Title, int FirstYear, int LastYear, int ProgrammeCount, long TotalCost, DateTimeOffset UpdatedAt);

/// <summary>A page of <see cref="RegionOverview"/>s and how many regions match in all.</summary>
/// <param name="Items">This page.</param>
/// <param name="Total">How many regions match the query.</param>
public sealed record RegionPage(IReadOnlyList<RegionOverview> Items, int Total);

/// <summary>The newest version of a region (or its newest published one): number, state and concurrency token.</summary>
/// <param name="Version">The version number.</param>
/// <param name="State">Draft or published.</param>
/// <param name="Token">The content hash.</param>
public sealed record VersionHead(int Version, PlanState State, string Token);

/// <summary>The cross-region reads of <see cref="PlanStore"/>: lists of regions, computed by the database from the projections.</summary>
public sealed partial class PlanStore
{
    private const string Published = nameof(PlanState.Published);

    private readonly Func<KarsaDbContext, string, bool, int?, CancellationToken, Task<HeadRow?>> _headQuery = CompileHeadQuery();

    /// <summary>
    /// A page of regions as <paramref name="query"/> asks, by region code, with the facts of each one's
    /// shown version. Only projection columns are read (never plan content), so the cost does not
    /// grow with the size of the plans.
    /// </summary>
    public Task<RegionPage> RegionsAsync(RegionQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return WithContext(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return new RegionPage([], 0);
            }

            // Two plain shapes rather than one with "@published OR ...": the database then answers the
            // newest version of each region from the (region, version) index alone.
            var versions = context.PlanVersions.AsNoTracking();
            var shown = query.PublishedOnly
                ? versions.Where(v => v.State == Published
                    && v.Version == context.PlanVersions.Where(w => w.RegionCode == v.RegionCode && w.State == Published).Max(w => w.Version))
                : versions.Where(v => v.Version == context.PlanVersions.Where(w => w.RegionCode == v.RegionCode).Max(w => w.Version));
            if (query.Province is { Length: > 0 } province)
            {
                shown = shown.Where(v => v.Region!.Province == province);
            }

            if (query.Cohort is { } cohort)
            {
                shown = shown.Where(v => v.Region!.Cohort == cohort);
            }

            if (query.Search is { Length: > 0 } search)
            {
                var lower = search.Trim().ToLowerInvariant();
                // Translated to SQL (lower(name) LIKE ...) on both providers; culture overloads would not translate.
#pragma warning disable CA1304, CA1311, CA1862
                shown = shown.Where(v => v.Region!.Name.ToLower().Contains(lower) || v.RegionCode.Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
            }

            var total = await shown.CountAsync(cancellationToken).ConfigureAwait(false);
            var rows = await shown.OrderBy(v => v.RegionCode)
                .Skip(Math.Max(0, query.Offset)).Take(Math.Max(1, query.Limit))
                .Select(v => new
                {
                    v.RegionCode,
                    v.Region!.Name,
                    v.Region.Kind,
                    v.Region.Province,
                    v.Region.Cohort,
                    v.Version,
                    v.State,
                    PublishedVersion = context.PlanVersions.Where(w => w.RegionCode == v.RegionCode && w.State == Published).Max(w => (int?)w.Version),
                    v.Title,
                    v.FirstYear,
                    v.LastYear,
                    Count = v.Programmes.Count,
                    Total = v.Programmes.Sum(p => (long?)p.TotalCost) ?? 0,
                    v.UpdatedAt,
                })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return new RegionPage(
                [.. rows.Select(r => new RegionOverview(r.RegionCode, r.Name, r.Kind, r.Province, r.Cohort, r.Version, Enum.Parse<PlanState>(r.State),
                    r.PublishedVersion, r.Title, r.FirstYear, r.LastYear, r.Count, r.Total, r.UpdatedAt))],
                total);
        });
    }

    /// <summary>The provinces and cohorts of the regions a list would show (for its filters), each sorted.</summary>
    public Task<(IReadOnlyList<string> Provinces, IReadOnlyList<int> Cohorts)> RegionFiltersAsync(bool publishedOnly, CancellationToken cancellationToken = default) =>
        WithContext<(IReadOnlyList<string>, IReadOnlyList<int>)>(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return ([], []);
            }

            var regions = publishedOnly ? context.Regions.AsNoTracking().Where(r => r.Versions.Any(v => v.State == Published)) : context.Regions.AsNoTracking();
            var provinces = await regions.Select(r => r.Province).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            var cohorts = await regions.Where(r => r.Cohort != null).Select(r => r.Cohort!.Value).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            return ([.. provinces.Order(StringComparer.Ordinal)], [.. cohorts.Order()]);
        });

    /// <summary>Every version of <paramref name="region"/>, newest first, without reading their content; empty when it has none.</summary>
    public Task<IReadOnlyList<PlanVersionSummary>> VersionsAsync(RegionCode region, CancellationToken cancellationToken = default) =>
        WithContext<IReadOnlyList<PlanVersionSummary>>(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            var rows = await context.PlanVersions.AsNoTracking().Where(v => v.RegionCode == region.Value).Select(SummaryOf).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderByDescending(r => r.Version)];
        });

    /// <summary>
    /// The head of <paramref name="region"/>'s newest version, or of its newest published one when
    /// <paramref name="publishedOnly"/>; null when there is none. Reads one small row, no content.
    /// </summary>
    public Task<VersionHead?> HeadAsync(RegionCode region, bool publishedOnly, CancellationToken cancellationToken = default) =>
        HeadAsync(region, publishedOnly, null, cancellationToken);

    /// <summary>The head of <paramref name="version"/> of <paramref name="region"/> (the newest when null); null when there is none.</summary>
    public Task<VersionHead?> HeadAsync(RegionCode region, int? version, CancellationToken cancellationToken = default) =>
        HeadAsync(region, false, version, cancellationToken);

    /// <remarks>
    /// On PostgreSQL, while <see cref="Heads.VersionChangeFeed"/> follows the database in this process,
    /// the answer comes from memory (forgotten on every change to the region's versions, by any server).
    /// </remarks>
    private async Task<VersionHead?> HeadAsync(RegionCode region, bool publishedOnly, int? version, CancellationToken cancellationToken)
    {
        var cache = Heads.VersionChangeFeed.CacheOf(Location);
        var key = new Heads.VersionHeadCache.HeadKey(region.Value, publishedOnly, version);
        if (cache is not null && cache.TryGet(key, out var kept))
        {
            return kept;
        }

        if (cache is null && Location.Provider == DatabaseProvider.Sqlite)
        {
            // SQLite has no change feed: the head is kept while this process writes nothing (and for at most a few seconds).
            var recent = await RecentReads.GetRefreshingAsync(Location, $"head:{key.Region}:{key.PublishedOnly}:{key.Version}",
                async token => new KeptHead(await ReadHeadAsync(key, token).ConfigureAwait(false)), cancellationToken).ConfigureAwait(false);
            return recent.Head;
        }

        var ticket = cache?.Take(region.Value);
        var head = await ReadHeadAsync(key, cancellationToken).ConfigureAwait(false);
        if (ticket is { } taken)
        {
            cache!.Keep(key, head, taken);
        }

        return head;
    }

    private Task<VersionHead?> ReadHeadAsync(Heads.VersionHeadCache.HeadKey key, CancellationToken cancellationToken) =>
        WithContext<VersionHead?>(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var row = await _headQuery(context, key.Region, key.PublishedOnly, key.Version, cancellationToken).ConfigureAwait(false);
            return row is null ? null : new VersionHead(row.Version, Enum.Parse<PlanState>(row.State), row.ContentHash);
        });

    /// <summary>
    /// The head query, compiled once per store (a store has one provider, and a compiled query serves
    /// one model): every public page and dashboard asks it, and translating the LINQ tree anew cost as
    /// much as running the query.
    /// </summary>
    private static Func<KarsaDbContext, string, bool, int?, CancellationToken, Task<HeadRow?>> CompileHeadQuery() => EF.CompileAsyncQuery(
        (KarsaDbContext context, string region, bool publishedOnly, int? version, CancellationToken cancellationToken) => context.PlanVersions.AsNoTracking()
            .Where(v => v.RegionCode == region && (!publishedOnly || v.State == Published) && (version == null || v.Version == version))
            .OrderByDescending(v => v.Version)
            .Select(v => new HeadRow(v.Version, v.State, v.ContentHash))
            .FirstOrDefault());

    private sealed record HeadRow(int Version, string State, string ContentHash);

    /// <summary>A head as kept by <see cref="RecentReads"/> (which keeps no nulls): none when the region has no such version.</summary>
    private sealed record KeptHead(VersionHead? Head);
}
