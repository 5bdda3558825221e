using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Reports;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Progress;

/// <summary>The reads of <see cref="ProgressStore"/>; none writes (an empty or missing database reads as no reports).</summary>
public sealed partial class ProgressStore
{
    /// <summary>Every report against <paramref name="region"/>'s plan version <paramref name="planVersion"/>, by programme and year, statuses resolved in <paramref name="statuses"/>.</summary>
    public Task<IReadOnlyList<StoredProgressReport>> ReadAsync(RegionCode region, int planVersion, ProgressStatusList statuses, CancellationToken cancellationToken = default) =>
        Reading(statuses, context => context.ProgressReports.Where(r => r.RegionCode == region.Value && r.PlanVersion == planVersion),
            context => context.Evidence.Where(e => e.RegionCode == region.Value && e.PlanVersion == planVersion), cancellationToken);

    /// <summary>The report on <paramref name="programme"/> for <paramref name="year"/>; null when there is none.</summary>
    public async Task<StoredProgressReport?> ReadAsync(ProgrammeReference programme, FiscalYear year, ProgressStatusList statuses, CancellationToken cancellationToken = default)
    {
        var (region, version, code) = (programme.Region.Value, programme.PlanVersion, programme.Programme.Value);
        var found = await Reading(statuses,
            context => context.ProgressReports.Where(r => r.RegionCode == region && r.PlanVersion == version && r.ProgrammeCode == code && r.FiscalYear == year.Value),
            context => context.Evidence.Where(e => e.RegionCode == region && e.PlanVersion == version && e.ProgrammeCode == code && e.FiscalYear == year.Value),
            cancellationToken).ConfigureAwait(false);
        return found.SingleOrDefault();
    }

    /// <summary>The evidence files attached to <paramref name="programme"/>'s report for <paramref name="year"/>, oldest first (a report not yet saved may have some).</summary>
    public Task<IReadOnlyList<EvidenceRecord>> EvidenceOfAsync(ProgrammeReference programme, FiscalYear year, CancellationToken cancellationToken = default) =>
        WithContext<IReadOnlyList<EvidenceRecord>>(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            var (region, version, code) = (programme.Region.Value, programme.PlanVersion, programme.Programme.Value);
            var rows = await context.Evidence.AsNoTracking()
                .Where(e => e.RegionCode == region && e.PlanVersion == version && e.ProgrammeCode == code && e.FiscalYear == year.Value)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(e => e.UploadedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];
        });

    /// <summary>The evidence file <paramref name="id"/> of <paramref name="region"/>; null when the region has none by that id.</summary>
    public Task<EvidenceRecord?> EvidenceAsync(RegionCode region, string id, CancellationToken cancellationToken = default) =>
        WithContext(async context => await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false)
            ? await context.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id && e.RegionCode == region.Value, cancellationToken).ConfigureAwait(false)
            : null);

    private Task<IReadOnlyList<StoredProgressReport>> Reading(ProgressStatusList statuses, Func<KarsaDbContext, IQueryable<ProgressReportRecord>> reports,
        Func<KarsaDbContext, IQueryable<EvidenceRecord>> evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return WithContext<IReadOnlyList<StoredProgressReport>>(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            var rows = await reports(context).AsNoTracking().Include(r => r.Realised).Include(r => r.Milestones).AsSplitQuery()
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var files = (await evidence(context).AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(e => (e.ProgrammeCode, e.FiscalYear));
            return [.. rows.OrderBy(r => r.ProgrammeCode, StringComparer.Ordinal).ThenBy(r => r.FiscalYear)
                .Select(r => ProgressRows.Stored(r, statuses, files[(r.ProgrammeCode, r.FiscalYear)]))];
        });
    }
}
