using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Progress;

/// <summary>When a plan version's reports last changed, for caches of what is computed from them.</summary>
public sealed partial class ProgressStore
{
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
            return $"{reports?.Count ?? 0}:{reports?.Last ?? 0}:{reports?.Revisions ?? 0}:{evidence}";
        });
}
