using System.Globalization;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage.Audit;

namespace Karsa.Storage.Progress;

/// <summary>The audit entries of progress writes, added in the same transaction as the change.</summary>
internal static class ProgressAuditEntries
{
    /// <summary>A report saved: status, percent and realised total after the change.</summary>
    public static AuditEntryRecord Report(ProgressReport report, string by, int revision, DateTimeOffset at) => new()
    {
        At = at,
        Actor = by,
        Action = AuditActions.ProgressReport,
        RegionCode = report.Programme.Region.Value,
        Version = report.Programme.PlanVersion,
        Target = $"{report.Programme} {report.Year}",
        After = string.Create(CultureInfo.InvariantCulture,
            $"status {report.Status.Key}, {report.Percent} %, realised {report.Realised.Sum(r => r.Amount.Value)}, revision {revision}"),
    };

    /// <summary>A workbook imported: how many reports and observations it changed.</summary>
    public static AuditEntryRecord Import(string source, ProgressReport? first, ProgressImportOutcome outcome, string by, DateTimeOffset at) => new()
    {
        At = at,
        Actor = by,
        Action = AuditActions.ProgressImport,
        RegionCode = first?.Programme.Region.Value,
        Version = first?.Programme.PlanVersion,
        Target = source.Length <= 400 ? source : source[..400],
        After = string.Create(CultureInfo.InvariantCulture,
            $"{outcome.ReportsChanged} of {outcome.ReportsRead} reports changed, {outcome.Observations.Written} of {outcome.Observations.Read} observations written"),
    };

    /// <summary>A region's progress settings changed: its status keys and weighting basis after the change.</summary>
    public static AuditEntryRecord Settings(Karsa.Domain.Primitives.RegionCode region, Karsa.Monitoring.Progress.Measures.ProgressSettings settings, string by, int revision,
        DateTimeOffset at) => new()
        {
            At = at,
            Actor = by,
            Action = AuditActions.ProgressSettings,
            RegionCode = region.Value,
            Target = region.Value,
            After = string.Create(CultureInfo.InvariantCulture,
            $"statuses {string.Join(", ", settings.Statuses.Statuses.Select(s => $"{s.Key} {s.DefaultPercent} %"))}; {settings.Weighting.Basis}, {settings.Weighting.Weights.Count} weights; revision {revision}"),
        };

    /// <summary>An evidence file attached.</summary>
    public static AuditEntryRecord Evidence(EvidenceRecord evidence) => new()
    {
        At = evidence.UploadedAt,
        Actor = evidence.UploadedBy,
        Action = AuditActions.EvidenceUpload,
        RegionCode = evidence.RegionCode,
        Version = evidence.PlanVersion,
        Target = string.Create(CultureInfo.InvariantCulture, $"{evidence.RegionCode} v{evidence.PlanVersion} {evidence.ProgrammeCode} {evidence.FiscalYear}"),
        After = string.Create(CultureInfo.InvariantCulture, $"{evidence.FileName} ({evidence.Kind}, {evidence.Bytes} bytes, sha256 {evidence.Sha256})"),
    };
}
