namespace Karsa.Storage.Calendar;

/// <summary>
/// A reminder that went out (table <c>reminders_sent</c>): of a period, to a user, of a kind (upcoming,
/// due, overdue), for one of the period's reminder days. (period, user, days) is unique and is written
/// first, by an insert that skips an existing row (<see cref="ReminderLedger"/>), so however many servers
/// run the reminders at once, one of them sends each reminder.
/// </summary>
public sealed class ReminderSentRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The period reminded of.</summary>
    public long PeriodId { get; set; }

    /// <summary>The recipient's user id.</summary>
    public required string UserId { get; set; }

    /// <summary>"upcoming", "due" or "overdue".</summary>
    public required string Kind { get; set; }

    /// <summary>The reminder day it was sent for, in days before the due date.</summary>
    public int DaysBeforeDue { get; set; }

    /// <summary>When it went out (UTC).</summary>
    public DateTimeOffset SentAt { get; set; }
}
