using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>
/// Stores masterplans: many regions, many versions per region, in SQLite or PostgreSQL, following the
/// version lifecycle of <see cref="Domain.Plans.Lifecycle.VersionLifecycle"/>. Every write is one
/// transaction (all or nothing) and states, if it can, the concurrency token it started from. Reads
/// never write: the schema is created or upgraded on the first write (or by <see cref="DatabaseStore.MigrateAsync"/>),
/// so a read-only database can be listed and exported. Thread-safe; one instance may serve a web host.
/// </summary>
public sealed partial class PlanStore : DatabaseStore
{
    /// <summary>Creates the store over <paramref name="contexts"/>, which open the database at <paramref name="location"/>.</summary>
    public PlanStore(IDbContextFactory<KarsaDbContext> contexts, DatabaseLocation location)
        : base(contexts, location)
    {
    }

    /// <summary>
    /// The store at <paramref name="location"/>. Nothing is written: the schema is created or upgraded
    /// by the first write.
    /// </summary>
    public static Task<PlanStore> OpenAsync(DatabaseLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(new PlanStore(KarsaDbContextFactory.For(location), location));
    }

    /// <summary>Loads a version of a region's plan (the newest when <paramref name="version"/> is null), without writing.</summary>
    public Task<StoredPlan> LoadAsync(RegionCode region, int? version = null, CancellationToken cancellationToken = default) =>
        WithContext(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                throw StoreFailures.NotFound(region, version);
            }

            var row = await FindVersion(context, region, version, cancellationToken).ConfigureAwait(false);
            return VersionRows.Load(row);
        });

    /// <summary>Every stored version of every region, by region code then version, without writing.</summary>
    public Task<IReadOnlyList<PlanVersionSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        WithContext<IReadOnlyList<PlanVersionSummary>>(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            // Counts and totals are computed by the database; the plan content itself is not read.
            var rows = await context.PlanVersions.AsNoTracking().Select(SummaryOf).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.Version)];
        });

    /// <summary>A version's summary as the database computes it (counts and totals without reading the content).</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Records.PlanVersionRecord, PlanVersionSummary>> SummaryOf = v => new PlanVersionSummary(
        v.RegionCode, v.Region!.Name, v.Version, Enum.Parse<PlanState>(v.State), v.Title, v.FirstYear, v.LastYear,
        v.Programmes.Count, v.Programmes.Sum(p => (long?)p.TotalCost) ?? 0, v.UpdatedAt, v.PublishedAt, v.ContentHash, v.UpdatedBy);


    private static async Task<Records.PlanVersionRecord> FindVersion(KarsaDbContext context, RegionCode region, int? version, CancellationToken cancellationToken)
    {
        var query = context.PlanVersions.Include(v => v.Region).Include(v => v.Programmes).Where(v => v.RegionCode == region.Value);
        var row = version is { } wanted
            ? await query.SingleOrDefaultAsync(v => v.Version == wanted, cancellationToken).ConfigureAwait(false)
            : await query.OrderByDescending(v => v.Version).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row ?? throw StoreFailures.NotFound(region, version);
    }
}
