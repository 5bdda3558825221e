namespace Karsa.Monitoring.Calendar;

/// <summary>
/// One reminder of a period: <see cref="DaysBeforeDue"/> days before its due date (0: on the day,
/// negative: after it), sent on <see cref="On"/>.
/// </summary>
/// <param name="DaysBeforeDue">Days before the due date.</param>
/// <param name="On">The day it is sent.</param>
public sealed record ReminderStep(int DaysBeforeDue, DateOnly On)
{
    /// <summary>Upcoming before the due date, due on it, overdue after it.</summary>
    public ReminderKind Kind => DaysBeforeDue switch
    {
        > 0 => ReminderKind.Upcoming,
        0 => ReminderKind.Due,
        _ => ReminderKind.Overdue,
    };
}
