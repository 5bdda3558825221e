using System.Linq.Expressions;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Monitoring;

/// <summary>The reads of <see cref="ObservationStore"/>; none writes (an empty or missing database reads as no observations).</summary>
public sealed partial class ObservationStore
{
    /// <summary>
    /// A region's observations, by framework, code and period: all of them, or those of one indicator
    /// and/or whose period overlaps a range of days (<paramref name="query"/>).
    /// </summary>
    public Task<IReadOnlyList<StoredObservation>> ReadAsync(RegionCode region, ObservationQuery? query = null, CancellationToken cancellationToken = default) =>
        ReadRows(async context =>
        {
            var rows = context.IndicatorObservations.AsNoTracking().Where(o => o.RegionCode == region.Value);
            if (query?.Framework is { } framework)
            {
                var key = FrameworkNames.Key(framework);
                rows = rows.Where(o => o.Framework == key);
            }

            if (query?.Code is { } code)
            {
                rows = rows.Where(o => o.Code == code);
            }

            if (query?.From is { } from)
            {
                rows = rows.Where(o => o.PeriodEnd >= from);
            }

            if (query?.To is { } to)
            {
                rows = rows.Where(o => o.PeriodStart <= to);
            }

            return await Ordered(rows).ToListAsync(cancellationToken).ConfigureAwait(false);
        });

    /// <summary>
    /// A region's latest observation of each indicator: the one whose period ends last (of two ending
    /// on the same day, the shorter one, e.g. December before the whole year).
    /// </summary>
    public Task<IReadOnlyList<StoredObservation>> LatestAsync(RegionCode region, CancellationToken cancellationToken = default) =>
        ReadRows(async context =>
        {
            var all = context.IndicatorObservations;
            var latest = all.AsNoTracking().Where(o => o.RegionCode == region.Value && !all.Any(n =>
                n.RegionCode == o.RegionCode && n.Framework == o.Framework && n.Code == o.Code
                && (n.PeriodEnd > o.PeriodEnd || (n.PeriodEnd == o.PeriodEnd && n.PeriodStart > o.PeriodStart))));
            return await Ordered(latest).ToListAsync(cancellationToken).ConfigureAwait(false);
        });

    /// <summary>
    /// For every region with observations, how many distinct indicators it has reported, counting only
    /// periods that overlap <paramref name="from"/>..<paramref name="to"/> when given; by region code.
    /// </summary>
    public async Task<IReadOnlyList<ReportedIndicators>> ReportedCountsAsync(DateOnly? from = null, DateOnly? to = null, CancellationToken cancellationToken = default)
    {
        var counts = await WithContext(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            var rows = context.IndicatorObservations.AsNoTracking();
            rows = from is { } first ? rows.Where(o => o.PeriodEnd >= first) : rows;
            rows = to is { } last ? rows.Where(o => o.PeriodStart <= last) : rows;
            return await rows.Select(o => new { o.RegionCode, o.Framework, o.Code }).Distinct()
                .GroupBy(o => o.RegionCode).Select(g => new ReportedIndicators(g.Key, g.Count()))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return [.. counts.OrderBy(c => c.Region, StringComparer.Ordinal)];
    }

    private static IQueryable<IndicatorObservationRecord> Ordered(IQueryable<IndicatorObservationRecord> rows) =>
        rows.OrderBy(o => o.Framework).ThenBy(o => o.Code).ThenBy(o => o.PeriodStart).ThenBy(o => o.PeriodEnd);

    private Task<IReadOnlyList<StoredObservation>> ReadRows(Func<KarsaDbContext, Task<List<IndicatorObservationRecord>>> query) =>
        WithContext<IReadOnlyList<StoredObservation>>(async context =>
        {
            if (!await Schema.ReadableAsync(context, CancellationToken.None).ConfigureAwait(false))
            {
                return [];
            }

            var rows = await query(context).ConfigureAwait(false);
            return [.. rows.Select(Stored)];
        });

    private static StoredObservation Stored(IndicatorObservationRecord row)
    {
        var period = row.PeriodKind switch
        {
            "year" => ObservationPeriod.Year(row.PeriodStart.Year),
            "quarter" => ObservationPeriod.Quarter(row.PeriodStart.Year, ((row.PeriodStart.Month - 1) / 3) + 1),
            "month" => ObservationPeriod.Month(row.PeriodStart.Year, row.PeriodStart.Month),
            _ => ObservationPeriod.Range(row.PeriodStart, row.PeriodEnd),
        };
        var observation = new RegionObservation(new RegionCode(row.RegionCode), FrameworkNames.Parse(row.Framework)!.Value, row.Code, period, row.Value, row.Source, row.EvidenceId);
        return new StoredObservation(observation, row.RecordedBy, row.RecordedAt);
    }
}
