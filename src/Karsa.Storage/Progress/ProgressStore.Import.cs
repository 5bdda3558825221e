using Karsa.Monitoring.Progress.Reports;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Progress;

/// <summary>
/// The bulk path of <see cref="ProgressStore.ImportAsync(IReadOnlyList{ProgressReport}, IReadOnlyList{Monitoring.RegionObservation}, string, DateTimeOffset, CancellationToken)"/>:
/// the stored reports of each (region, plan version) in the import are read in one query, new reports
/// are inserted in batches (one round trip per batch, not one per report), and only changed reports
/// are updated one by one. Runs inside the import's transaction.
/// </summary>
public sealed partial class ProgressStore
{
    /// <summary>New reports handed to the context per <c>SaveChanges</c> (EF Core sends each save as a few batched commands).</summary>
    private const int InsertBatch = 2000;

    /// <summary>Saves <paramref name="reports"/> within the open transaction of <paramref name="context"/>; returns how many changed (a report given twice counts as it would one by one).</summary>
    private static async Task<int> ImportWithinAsync(KarsaDbContext context, IReadOnlyList<ProgressReport> reports, string by, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var stored = new Dictionary<(string Region, int Version, string Programme, int Year), ProgressReportRecord>();
        foreach (var plan in reports.Select(r => (Region: r.Programme.Region.Value, Version: r.Programme.PlanVersion)).Distinct())
        {
            var rows = await context.ProgressReports.AsNoTracking().Include(r => r.Realised).Include(r => r.Milestones).AsSplitQuery()
                .Where(r => r.RegionCode == plan.Region && r.PlanVersion == plan.Version)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            rows.ForEach(row => stored[(row.RegionCode, row.PlanVersion, row.ProgrammeCode, row.FiscalYear)] = row);
        }

        var pending = new Dictionary<(string, int, string, int), ProgressReportRecord>();
        var changed = 0;
        foreach (var report in reports)
        {
            var key = (report.Programme.Region.Value, report.Programme.PlanVersion, report.Programme.Programme.Value, report.Year.Value);
            if (pending.TryGetValue(key, out var waiting))
            {
                // Given twice in one import: the later one wins, as it would when saved one by one.
                if (!ProgressRows.Same(waiting, report))
                {
                    context.ProgressReports.Remove(waiting);
                    pending[key] = context.ProgressReports.Add(ProgressRows.New(report, by, at)).Entity;
                    changed++;
                }
            }
            else if (stored.TryGetValue(key, out var existing))
            {
                var saved = await ReplaceWithinAsync(context, existing, report, by, at, cancellationToken).ConfigureAwait(false);
                changed += saved.Changed ? 1 : 0;
                if (saved.Changed)
                {
                    // A second line for this report in the same import compares with what was just written.
                    stored[key] = ProgressRows.New(report, by, at);
                    stored[key].Id = existing.Id;
                    stored[key].Revision = saved.Revision;
                }
            }
            else
            {
                pending[key] = context.ProgressReports.Add(ProgressRows.New(report, by, at)).Entity;
                changed++;
                if (pending.Count % InsertBatch == 0)
                {
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    context.ChangeTracker.Clear();
                }
            }
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.ChangeTracker.Clear();
        return changed;
    }
}
