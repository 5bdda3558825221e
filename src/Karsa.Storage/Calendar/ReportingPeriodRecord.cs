namespace Karsa.Storage.Calendar;

/// <summary>
/// One reporting period of a region (table <c>reporting_periods</c>): the fiscal year reported on, its
/// name (unique within the region and year), when it opens, when reports are due, and the reminder
/// days (e.g. "7, 0, -1"; see <c>Karsa.Monitoring.Calendar.ReminderDays</c>).
/// </summary>
public sealed class ReportingPeriodRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The region's Home Affairs code.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The fiscal year reported on.</summary>
    public int FiscalYear { get; set; }

    /// <summary>The period's name, e.g. "Triwulan I 2026".</summary>
    public required string Name { get; set; }

    /// <summary>The first day reports may be made.</summary>
    public DateOnly Opens { get; set; }

    /// <summary>The last day reports are on time.</summary>
    public DateOnly Due { get; set; }

    /// <summary>Days before the due date on which reminders go out, e.g. "7, 0, -1".</summary>
    public required string ReminderDays { get; set; }

    /// <summary>Who last changed the period.</summary>
    public required string UpdatedBy { get; set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
