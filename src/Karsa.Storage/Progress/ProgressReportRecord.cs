namespace Karsa.Storage.Progress;

/// <summary>
/// One stored progress report (table <c>progress_reports</c>): what an agency reported on one programme
/// of one published plan version for one fiscal year. (region, plan version, programme, year) is
/// unique; <see cref="Revision"/> is the concurrency token, raised by every change.
/// </summary>
public sealed class ProgressReportRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The region's Home Affairs code, e.g. 33.13.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The published plan version the report is against.</summary>
    public int PlanVersion { get; set; }

    /// <summary>The programme's code in that version.</summary>
    public required string ProgrammeCode { get; set; }

    /// <summary>The fiscal year reported.</summary>
    public int FiscalYear { get; set; }

    /// <summary>The status key, e.g. <c>berjalan</c>.</summary>
    public required string StatusKey { get; set; }

    /// <summary>Cumulative progress at the end of the year, 0..100.</summary>
    public decimal Percent { get; set; }

    /// <summary>Free-text notes, if any.</summary>
    public string? Notes { get; set; }

    /// <summary>Who made the last change.</summary>
    public required string ReportedBy { get; set; }

    /// <summary>When the last change was made (UTC).</summary>
    public DateTimeOffset ReportedAt { get; set; }

    /// <summary>The concurrency token: 1 for a new report, raised by every change.</summary>
    public int Revision { get; set; }

    /// <summary>Money realised in the year, per funding source.</summary>
    public List<ProgressRealisedRecord> Realised { get; } = [];

    /// <summary>The milestones, in order.</summary>
    public List<ProgressMilestoneRecord> Milestones { get; } = [];
}

/// <summary>Money a report says was realised from one funding source (table <c>progress_realised</c>), whole Rupiah.</summary>
public sealed class ProgressRealisedRecord
{
    /// <summary>The report's row id.</summary>
    public long ReportId { get; set; }

    /// <summary>The funding source key, e.g. <c>apbd</c>.</summary>
    public required string Source { get; set; }

    /// <summary>The amount in whole Rupiah.</summary>
    public long Amount { get; set; }
}

/// <summary>A milestone of a report (table <c>progress_milestones</c>), at its position in the report's list.</summary>
public sealed class ProgressMilestoneRecord
{
    /// <summary>The report's row id.</summary>
    public long ReportId { get; set; }

    /// <summary>Its 0-based place in the report's list.</summary>
    public int Position { get; set; }

    /// <summary>What is reached.</summary>
    public required string Name { get; set; }

    /// <summary>When it was planned.</summary>
    public DateOnly Planned { get; set; }

    /// <summary>When it was reached; null while it is not.</summary>
    public DateOnly? Actual { get; set; }
}
