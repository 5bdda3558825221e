using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Calendar;

/// <summary>
/// A period in which a region's agencies report on a fiscal year (e.g. "Triwulan I 2026"): it opens on
/// <see cref="Opens"/>, the reports are due on <see cref="Due"/>, and reminders go out on the
/// <see cref="ReminderDays"/>. Invariants: a name of 1-<see cref="MaxNameLength"/> characters (KRS007,
/// KRS129), a due date on or after the opening (KRS160), an opening within the fiscal year or the year
/// after (KRS161), valid reminder days (KRS162). Every broken invariant is reported at once, each at its field.
/// </summary>
public sealed record ReportingPeriod
{
    /// <summary>The longest name.</summary>
    public const int MaxNameLength = 120;

    /// <summary>Creates a period, refusing every broken invariant at its field.</summary>
    public ReportingPeriod(FiscalYear year, string name, DateOnly opens, DateOnly due, ValueList<int> reminderDays)
    {
        var problems = new List<Diagnostic>();
        var trimmed = name?.Trim() ?? string.Empty;
        if (NameProblem(trimmed) is { } wrongName)
        {
            problems.Add(wrongName);
        }

        if (opens.Year != year.Value && opens.Year != year.Value + 1)
        {
            problems.Add(Problems.PeriodOutsideYear(year.Value, opens).Under("opens"));
        }

        if (due < opens)
        {
            problems.Add(Problems.PeriodDueBeforeOpening(opens, due).Under("due"));
        }

        try
        {
            reminderDays = Calendar.ReminderDays.Checked(reminderDays);
        }
        catch (DomainException refused)
        {
            problems.AddRange(refused.Problems);
        }

        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }

        (Year, Name, Opens, Due, ReminderDays) = (year, trimmed, opens, due, reminderDays);
    }

    /// <summary>What is wrong with <paramref name="name"/> as a period's name (at <c>name</c>); null when nothing.</summary>
    public static Diagnostic? NameProblem(string? name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        return trimmed.Length == 0 ? Problems.EmptyText().Under("name")
            : trimmed.Length > MaxNameLength ? Problems.TextTooLong(trimmed.Length, MaxNameLength).Under("name")
            : null;
    }

    /// <summary>The fiscal year reported on.</summary>
    public FiscalYear Year { get; }

    /// <summary>The period's name, e.g. "Triwulan I 2026".</summary>
    public string Name { get; }

    /// <summary>The first day reports may be made.</summary>
    public DateOnly Opens { get; }

    /// <summary>The last day reports are on time.</summary>
    public DateOnly Due { get; }

    /// <summary>Days before the due date on which reminders go out, earliest first.</summary>
    public ValueList<int> ReminderDays { get; }

    /// <summary>True from the opening day on.</summary>
    public bool IsOpen(DateOnly today) => today >= Opens;

    /// <summary>True after the due date.</summary>
    public bool IsOverdue(DateOnly today) => today > Due;

    /// <summary>
    /// The reminder due <paramref name="today"/>: the latest of the period's reminders whose day has come,
    /// once the period is open; null before the first. A reminder whose day passed while none was
    /// sent (a server down for days) is replaced by the later one, so a late run sends one, not several.
    /// </summary>
    public ReminderStep? StepDue(DateOnly today)
    {
        if (!IsOpen(today))
        {
            return null;
        }

        return ReminderDays.Select(days => new ReminderStep(days, Due.AddDays(-days)))
            .Where(step => step.On <= today).LastOrDefault();
    }
}
