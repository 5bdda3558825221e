using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Progress;

/// <summary>A region's stored progress settings with their concurrency token.</summary>
/// <param name="Settings">The settings.</param>
/// <param name="Revision">The concurrency token (0: the region has never set its own; <see cref="ProgressSettings.Default"/> applies).</param>
/// <param name="UpdatedBy">Who set them last; null for the default.</param>
/// <param name="UpdatedAt">When they were set last; null for the default.</param>
public sealed record StoredProgressSettings(ProgressSettings Settings, int Revision, string? UpdatedBy = null, DateTimeOffset? UpdatedAt = null);

/// <summary>What saving settings did: saved, or refused because stored reports still use statuses the new list drops.</summary>
/// <param name="Saved">The stored settings; null when refused.</param>
/// <param name="StatusesInUse">The status keys that stored reports use and the new list lacks (empty when saved).</param>
public sealed record ProgressSettingsSave(StoredProgressSettings? Saved, IReadOnlyList<string> StatusesInUse);

/// <summary>The progress settings of <see cref="ProgressStore"/>.</summary>
public sealed partial class ProgressStore
{
    /// <summary>The settings of <paramref name="region"/>; the default (revision 0) when it has set none.</summary>
    public Task<StoredProgressSettings> SettingsAsync(RegionCode region, CancellationToken cancellationToken = default) =>
        WithContext(async context =>
        {
            var row = await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false)
                ? await context.ProgressSettings.AsNoTracking().SingleOrDefaultAsync(s => s.RegionCode == region.Value, cancellationToken).ConfigureAwait(false)
                : null;
            return row is null ? new StoredProgressSettings(ProgressSettings.Default, 0)
                : new StoredProgressSettings(ProgressSettingsRows.Settings(row), row.Revision, row.UpdatedBy, row.UpdatedAt);
        });

    /// <summary>
    /// Saves <paramref name="settings"/> as <paramref name="region"/>'s in one transaction, if the stored
    /// revision is still <paramref name="expectedRevision"/> (0: the caller saw the default) — else a
    /// <see cref="ConcurrencyConflictException"/> — and no stored report of the region uses a status the
    /// new list lacks (then nothing is written and those keys are returned).
    /// </summary>
    public Task<ProgressSettingsSave> SaveSettingsAsync(RegionCode region, ProgressSettings settings, int expectedRevision, string by, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return WithContext(async context =>
        {
            await Schema.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var row = await context.ProgressSettings.SingleOrDefaultAsync(s => s.RegionCode == region.Value, cancellationToken).ConfigureAwait(false);
            if ((row?.Revision ?? 0) != expectedRevision)
            {
                throw new ConcurrencyConflictException(region.Value, row!.Revision, row.UpdatedAt, row.UpdatedBy, row.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var kept = settings.Statuses.Statuses.Select(s => s.Key).ToList();
            var inUse = await context.ProgressReports.Where(r => r.RegionCode == region.Value && !kept.Contains(r.StatusKey))
                .Select(r => r.StatusKey).Distinct().ToListAsync(cancellationToken).ConfigureAwait(false);
            if (inUse.Count > 0)
            {
                return new ProgressSettingsSave(null, [.. inUse.Order(StringComparer.Ordinal)]);
            }

            var at = now.ToUniversalTime();
            if (row is null)
            {
                row = new ProgressSettingsRecord { RegionCode = region.Value, Statuses = "", WeightBasis = "", Weights = "", UpdatedBy = by };
                context.ProgressSettings.Add(row);
            }

            ProgressSettingsRows.Fill(row, settings);
            (row.UpdatedBy, row.UpdatedAt, row.Revision) = (by, at, row.Revision + 1);
            context.AuditEntries.Add(ProgressAuditEntries.Settings(region, settings, by, row.Revision, at));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new ProgressSettingsSave(new StoredProgressSettings(settings, row.Revision, by, at), []);
        });
    }
}
