namespace Karsa.Monitoring.Calendar;

/// <summary>What a reminder says about its period: it is coming, it is due today, or it is overdue.</summary>
public enum ReminderKind
{
    /// <summary>The due date is still ahead.</summary>
    Upcoming,

    /// <summary>The report is due today.</summary>
    Due,

    /// <summary>The due date has passed and the report is missing.</summary>
    Overdue,
}

/// <summary>The stored names of <see cref="ReminderKind"/>.</summary>
public static class ReminderKindNames
{
    /// <summary>The stored name: <c>upcoming</c>, <c>due</c> or <c>overdue</c>.</summary>
    public static string Key(ReminderKind kind) => kind switch
    {
        ReminderKind.Upcoming => "upcoming",
        ReminderKind.Due => "due",
        _ => "overdue",
    };
}
