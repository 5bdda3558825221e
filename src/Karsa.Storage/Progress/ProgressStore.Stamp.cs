using System.Globalization;
using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Progress;

/// <summary>When a region's progress last changed, for caches of pages and of what is computed from its reports.</summary>
public sealed partial class ProgressStore
{
    /// <summary>
    /// A text that changes whenever one of <paramref name="region"/>'s progress reports is added or changed
    /// (their count and the sum of their revisions, which every change raises) or its progress settings
    /// change (their revision); empty when it has neither. Indexed aggregates over the region's rows.
    /// </summary>
    public Task<string> ChangeStampAsync(RegionCode region, CancellationToken cancellationToken = default) =>
        WithContext(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return string.Empty;
            }

            var reports = context.ProgressReports.AsNoTracking().Where(r => r.RegionCode == region.Value);
            var count = await reports.CountAsync(cancellationToken).ConfigureAwait(false);
            var revisions = count == 0 ? 0 : await reports.SumAsync(r => (long)r.Revision, cancellationToken).ConfigureAwait(false);
            var settings = await context.ProgressSettings.AsNoTracking().Where(s => s.RegionCode == region.Value)
                .Select(s => (int?)s.Revision).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return count == 0 && settings is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{count}.{revisions}.{settings ?? 0}");
        });

    /// <summary>
    /// A text that changes whenever a report against <paramref name="region"/>'s plan version
    /// <paramref name="planVersion"/> is added or changed, or evidence is attached to one: the number of
    /// reports, their highest id and the sum of their revisions (every change raises a revision), and the
    /// number of evidence files (never removed). Two indexed aggregates; empty on a database without the schema.
    /// </summary>
    public Task<string> StampAsync(RegionCode region, int planVersion, CancellationToken cancellationToken = default) =>
        WithContext(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return string.Empty;
            }

            var reports = await context.ProgressReports.AsNoTracking().Where(r => r.RegionCode == region.Value && r.PlanVersion == planVersion)
                .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Last = g.Max(r => r.Id), Revisions = g.Sum(r => r.Revision) })
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var evidence = await context.Evidence.AsNoTracking().CountAsync(e => e.RegionCode == region.Value && e.PlanVersion == planVersion, cancellationToken)
                .ConfigureAwait(false);
            return string.Create(CultureInfo.InvariantCulture, $"{reports?.Count ?? 0}:{reports?.Last ?? 0}:{reports?.Revisions ?? 0}:{evidence}");
        });
}
