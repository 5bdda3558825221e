using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Reports;

namespace Karsa.Storage.Progress;

/// <summary>Maps reports to rows and back, and tells whether a stored row already says what a report says.</summary>
internal static class ProgressRows
{
    /// <summary>A new row for <paramref name="report"/>, revision 1.</summary>
    public static ProgressReportRecord New(ProgressReport report, string by, DateTimeOffset at)
    {
        var row = new ProgressReportRecord
        {
            RegionCode = report.Programme.Region.Value,
            PlanVersion = report.Programme.PlanVersion,
            ProgrammeCode = report.Programme.Programme.Value,
            FiscalYear = report.Year.Value,
            StatusKey = report.Status.Key,
            Percent = report.Percent,
            Notes = report.Notes,
            ReportedBy = by,
            ReportedAt = at,
            Revision = 1,
        };
        row.Realised.AddRange(Realised(report, 0));
        row.Milestones.AddRange(Milestones(report, 0));
        return row;
    }

    /// <summary>The realised rows of <paramref name="report"/> for the row <paramref name="reportId"/>.</summary>
    public static IEnumerable<ProgressRealisedRecord> Realised(ProgressReport report, long reportId) =>
        report.Realised.Select(r => new ProgressRealisedRecord { ReportId = reportId, Source = r.Source, Amount = r.Amount.Value });

    /// <summary>The milestone rows of <paramref name="report"/> for the row <paramref name="reportId"/>.</summary>
    public static IEnumerable<ProgressMilestoneRecord> Milestones(ProgressReport report, long reportId) =>
        report.Milestones.Select((m, i) => new ProgressMilestoneRecord { ReportId = reportId, Position = i, Name = m.Name, Planned = m.Planned, Actual = m.Actual });

    /// <summary>True when <paramref name="row"/> (with its children loaded) holds what <paramref name="report"/> says, evidence aside.</summary>
    public static bool Same(ProgressReportRecord row, ProgressReport report) =>
        row.StatusKey == report.Status.Key
        && row.Percent == report.Percent
        && row.Notes == report.Notes
        && row.Realised.OrderBy(r => r.Source, StringComparer.Ordinal).Select(r => (r.Source, r.Amount))
            .SequenceEqual(report.Realised.OrderBy(r => r.Source, StringComparer.Ordinal).Select(r => (r.Source, r.Amount.Value)))
        && row.Milestones.OrderBy(m => m.Position).Select(m => (m.Name, m.Planned, m.Actual))
            .SequenceEqual(report.Milestones.Select(m => (m.Name, m.Planned, m.Actual)));

    /// <summary>The report a row holds, its status resolved in <paramref name="statuses"/>.</summary>
    public static StoredProgressReport Stored(ProgressReportRecord row, ProgressStatusList statuses, IEnumerable<EvidenceRecord> evidence)
    {
        var reference = new ProgrammeReference(new RegionCode(row.RegionCode), row.PlanVersion, new ProgrammeCode(row.ProgrammeCode));
        var report = new ProgressReport(reference, new FiscalYear(row.FiscalYear), statuses.Resolve(row.StatusKey), row.Percent,
            [.. row.Realised.OrderBy(r => r.Source, StringComparer.Ordinal).Select(r => new RealisedSpending(r.Source, new Rupiah(r.Amount)))],
            [.. row.Milestones.OrderBy(m => m.Position).Select(m => new Milestone(m.Name, m.Planned, m.Actual))],
            row.Notes,
            [.. evidence.OrderBy(e => e.UploadedAt).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => new EvidenceReference(e.Id, e.FileName, e.ContentType, e.Bytes))]);
        return new StoredProgressReport(report, row.Revision, row.ReportedBy, row.ReportedAt);
    }
}
