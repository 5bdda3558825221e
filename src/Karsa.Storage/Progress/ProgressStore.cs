using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Karsa.Storage.Progress;

/// <summary>
/// Stores progress reports (tables <c>progress_reports</c>, <c>progress_realised</c>,
/// <c>progress_milestones</c>) and evidence metadata (<c>progress_evidence</c>) in SQLite or
/// PostgreSQL. A report is keyed by region, plan version, programme and fiscal year and saved whole in
/// one transaction; saving what is already stored writes nothing, so importing a file twice changes
/// nothing. Thread-safe; one instance may serve a web host.
/// </summary>
public sealed partial class ProgressStore : DatabaseStore
{
    /// <summary>Creates the store over <paramref name="contexts"/>, which open the database at <paramref name="location"/>.</summary>
    public ProgressStore(IDbContextFactory<KarsaDbContext> contexts, DatabaseLocation location)
        : base(contexts, location)
    {
    }

    /// <summary>The store at <paramref name="location"/>; the schema is created or upgraded by the first write.</summary>
    public static ProgressStore Open(DatabaseLocation location) => new(KarsaDbContextFactory.For(location), location);

    /// <summary>
    /// Saves <paramref name="report"/> whole (status, percent, notes, realised money, milestones; its
    /// evidence is added by <see cref="AddEvidenceAsync"/>) in one transaction. With
    /// <paramref name="expectedRevision"/> (0: the caller saw no report) a report changed or created
    /// since is a <see cref="ProgressConflictException"/>; null saves over whatever is stored.
    /// </summary>
    public Task<ProgressSave> SaveAsync(ProgressReport report, int? expectedRevision, string reportedBy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportedBy);
        return Writing(report, async context =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var at = now.ToUniversalTime();
            var saved = await SaveWithinAsync(context, report, expectedRevision, reportedBy, at, cancellationToken).ConfigureAwait(false);
            if (saved.Changed)
            {
                context.AuditEntries.Add(ProgressAuditEntries.Report(report, reportedBy, saved.Revision, at));
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return saved;
        }, cancellationToken);
    }

    /// <summary>
    /// Saves every report of an import and records its indicator observations in ONE transaction: all
    /// or nothing. Reports already stored unchanged, and observations recorded again unchanged, are left
    /// as they were.
    /// </summary>
    public Task<ProgressImportOutcome> ImportAsync(IReadOnlyList<ProgressReport> reports, IReadOnlyList<RegionObservation> observations, string reportedBy,
        DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ImportAsync(reports, observations, reportedBy, now, null, cancellationToken);

    /// <summary>
    /// Like <see cref="ImportAsync(IReadOnlyList{ProgressReport}, IReadOnlyList{RegionObservation}, string, DateTimeOffset, CancellationToken)"/>,
    /// recording in the audit log, when anything changed, one entry naming <paramref name="source"/> (e.g. "33.13 v2 DISKOMINFO 2026").
    /// </summary>
    public Task<ProgressImportOutcome> ImportAsync(IReadOnlyList<ProgressReport> reports, IReadOnlyList<RegionObservation> observations, string reportedBy,
        DateTimeOffset now, string? source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentException.ThrowIfNullOrWhiteSpace(reportedBy);
        var at = now.ToUniversalTime();
        return Writing(reports.Count > 0 ? reports[0] : null, async context =>
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var changed = await ImportWithinAsync(context, reports, reportedBy, at, cancellationToken).ConfigureAwait(false);

            var recorded = observations.Count == 0
                ? new ObservationUpsert(0, 0)
                : await ObservationStore.UpsertWithinAsync(context, transaction, observations, reportedBy, at, cancellationToken).ConfigureAwait(false);
            var outcome = new ProgressImportOutcome(reports.Count, changed, recorded);
            if (source is not null && (changed > 0 || recorded.Written > 0))
            {
                context.AuditEntries.Add(ProgressAuditEntries.Import(source, reports.Count > 0 ? reports[0] : null, outcome, reportedBy, at));
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return outcome;
        }, cancellationToken);
    }

    /// <summary>Records the metadata of an evidence file whose bytes are already in place (<see cref="StagedEvidence.Commit"/>).</summary>
    public Task AddEvidenceAsync(EvidenceRecord evidence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return WithContext(async context =>
        {
            await Schema.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            evidence.UploadedAt = evidence.UploadedAt.ToUniversalTime();
            context.Evidence.Add(evidence);
            context.AuditEntries.Add(ProgressAuditEntries.Evidence(evidence));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    private static async Task<ProgressSave> SaveWithinAsync(KarsaDbContext context, ProgressReport report, int? expectedRevision, string by, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var key = report.Programme;
        var existing = await context.ProgressReports.AsNoTracking().Include(r => r.Realised).Include(r => r.Milestones)
            .SingleOrDefaultAsync(r => r.RegionCode == key.Region.Value && r.PlanVersion == key.PlanVersion
                && r.ProgrammeCode == key.Programme.Value && r.FiscalYear == report.Year.Value, cancellationToken).ConfigureAwait(false);
        if (expectedRevision is { } expected && expected != (existing?.Revision ?? 0))
        {
            throw new ProgressConflictException(key, report.Year.Value);
        }

        if (existing is null)
        {
            context.ProgressReports.Add(ProgressRows.New(report, by, at));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.Clear();
            return new ProgressSave(true, 1);
        }

        return await ReplaceWithinAsync(context, existing, report, by, at, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Overwrites the stored <paramref name="existing"/> row with <paramref name="report"/> unless it already says the same; a row changed meanwhile is a conflict.</summary>
    private static async Task<ProgressSave> ReplaceWithinAsync(KarsaDbContext context, ProgressReportRecord existing, ProgressReport report, string by, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        var key = report.Programme;
        if (ProgressRows.Same(existing, report))
        {
            return new ProgressSave(false, existing.Revision);
        }

        var revision = existing.Revision + 1;
        var updated = await context.ProgressReports.Where(r => r.Id == existing.Id && r.Revision == existing.Revision)
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.StatusKey, report.Status.Key)
                .SetProperty(r => r.Percent, report.Percent)
                .SetProperty(r => r.Notes, report.Notes)
                .SetProperty(r => r.ReportedBy, by)
                .SetProperty(r => r.ReportedAt, at)
                .SetProperty(r => r.Revision, revision), cancellationToken).ConfigureAwait(false);
        if (updated == 0)
        {
            throw new ProgressConflictException(key, report.Year.Value);
        }

        await context.Set<ProgressRealisedRecord>().Where(r => r.ReportId == existing.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await context.Set<ProgressMilestoneRecord>().Where(m => m.ReportId == existing.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        context.AddRange(ProgressRows.Realised(report, existing.Id));
        context.AddRange(ProgressRows.Milestones(report, existing.Id));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.ChangeTracker.Clear();
        return new ProgressSave(true, revision);
    }

    private async Task<T> Writing<T>(ProgressReport? report, Func<KarsaDbContext, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await WithContext(async context =>
            {
                await Schema.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
                return await work(context).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (StorageException refused) when (report is not null && refused.InnerException is { } inner && StoreFailures.IsLostRace(inner))
        {
            throw new ProgressConflictException(report.Programme, report.Year.Value, inner);
        }
    }

}
