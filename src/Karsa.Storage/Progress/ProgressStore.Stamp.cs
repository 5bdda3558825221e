using System.Globalization;
using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Progress;

/// <summary>When a region's progress last changed, for caches of pages that show it.</summary>
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
}
