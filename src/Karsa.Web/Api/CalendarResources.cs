using Karsa.Application.Calendar;

namespace Karsa.Web.Api;

/// <summary>A reporting period in the API.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Region">The region's code.</param>
/// <param name="Year">The fiscal year reported on.</param>
/// <param name="Name">The name, e.g. "Triwulan I 2026".</param>
/// <param name="Opens">The first day reports may be made.</param>
/// <param name="Due">The last day reports are on time.</param>
/// <param name="ReminderDays">Days before the due date on which reminders go out (0: on the day, negative: after it).</param>
/// <param name="RemindersSent">How many reminders went out for it.</param>
public sealed record PeriodResource(long Id, string Region, int Year, string Name, DateOnly Opens, DateOnly Due, IReadOnlyList<int> ReminderDays, int RemindersSent)
{
    /// <summary>The resource of <paramref name="view"/>.</summary>
    public static PeriodResource Of(PeriodView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var period = view.Period;
        return new(view.Id, view.Region, period.Year.Value, period.Name, period.Opens, period.Due, [.. period.ReminderDays], view.RemindersSent);
    }
}

/// <summary>What an agency owes in one period.</summary>
/// <param name="Period">The period.</param>
/// <param name="Owed">True while reports are missing.</param>
/// <param name="Overdue">True when owed past the due date.</param>
/// <param name="DaysLeft">Days until the due date (negative: days late).</param>
public sealed record ObligationResource(PeriodResource Period, bool Owed, bool Overdue, int DaysLeft);

/// <summary>A period past due with the agencies that still owe it.</summary>
/// <param name="Period">The period.</param>
/// <param name="Agencies">The agencies' codes.</param>
public sealed record OverdueResource(PeriodResource Period, IReadOnlyList<string> Agencies);

/// <summary>An in-app notice in the API, in the request's language.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">What it is, e.g. "reminder-due", "overdue-digest".</param>
/// <param name="Region">The region it concerns.</param>
/// <param name="Text">What it says.</param>
/// <param name="Link">A path in the app to what it is about.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ReadAt">When it was marked read; null while unread.</param>
public sealed record NotificationResource(long Id, string Kind, string? Region, string Text, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    /// <summary>The resource of <paramref name="view"/>.</summary>
    public static NotificationResource Of(NotificationView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id, view.Kind, view.Region, Localization.Say.T(view.Text), view.Link, view.CreatedAt, view.ReadAt);
    }
}

/// <summary>A page of notices with the unread count.</summary>
/// <param name="Items">This page, newest first.</param>
/// <param name="Unread">Unread notices in all.</param>
/// <param name="Total">Notices in all.</param>
public sealed record NotificationPageResource(IReadOnlyList<NotificationResource> Items, int Unread, int Total);
