using Karsa.Monitoring.Calendar;

namespace Karsa.Application.Calendar;

/// <summary>A reporting period as its readers see it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Region">The region's code.</param>
/// <param name="Period">The period: year, name, dates, reminder days.</param>
/// <param name="RemindersSent">How many reminders went out for it.</param>
public sealed record PeriodView(long Id, string Region, ReportingPeriod Period, int RemindersSent);

/// <summary>A period as typed into a form or an API request: every value as text, so each error names its field.</summary>
/// <param name="Year">The fiscal year, e.g. "2026".</param>
/// <param name="Name">The name, e.g. "Triwulan I 2026".</param>
/// <param name="Opens">The opening day, yyyy-MM-dd.</param>
/// <param name="Due">The due date, yyyy-MM-dd.</param>
/// <param name="Reminders">Reminder days, e.g. "7, 0, -1" (blank: the default).</param>
public sealed record PeriodInput(string? Year, string? Name, string? Opens, string? Due, string? Reminders);

/// <summary>What an agency owes in one period.</summary>
/// <param name="Period">The period.</param>
/// <param name="Owed">True while the agency has not reported on all its programmes of the year.</param>
/// <param name="Overdue">True when it is owed and the due date has passed.</param>
/// <param name="DaysLeft">Days until the due date (negative: days late).</param>
public sealed record Obligation(PeriodView Period, bool Owed, bool Overdue, int DaysLeft);

/// <summary>An agency's reporter view: what it owes, period by period.</summary>
/// <param name="Region">The region's code.</param>
/// <param name="Agency">The agency's code; null for a planner, who sees what any agency owes.</param>
/// <param name="Today">The calendar day the answer is for (WIB).</param>
/// <param name="Periods">The open periods, soonest due first.</param>
public sealed record Obligations(string Region, string? Agency, DateOnly Today, IReadOnlyList<Obligation> Periods);

/// <summary>The agencies late with one period.</summary>
/// <param name="Period">The period, past its due date.</param>
/// <param name="Agencies">The codes of the agencies that still owe their reports, in order.</param>
public sealed record OverduePeriod(PeriodView Period, IReadOnlyList<string> Agencies);

/// <summary>The region's overdue list for planners.</summary>
/// <param name="Region">The region's code.</param>
/// <param name="Today">The calendar day the answer is for (WIB).</param>
/// <param name="Periods">Periods past due with agencies still owing, latest due first.</param>
public sealed record OverdueList(string Region, DateOnly Today, IReadOnlyList<OverduePeriod> Periods);

/// <summary>A region's reporting calendar.</summary>
/// <param name="Region">The region's code.</param>
/// <param name="Periods">Every period, by year and due date.</param>
public sealed record RegionCalendar(string Region, IReadOnlyList<PeriodView> Periods);
