using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Calendar;

/// <summary>
/// When a period's reminders go out, in days before its due date: positive before it, 0 on the day,
/// negative after it. Invariants: at most <see cref="MaxReminders"/> distinct values within
/// ±<see cref="MaxDays"/>, kept from the earliest reminder to the latest (else KRS162).
/// </summary>
public static class ReminderDays
{
    /// <summary>The most reminders one period may have.</summary>
    public const int MaxReminders = 10;

    /// <summary>The furthest a reminder may be from the due date, in days.</summary>
    public const int MaxDays = 90;

    /// <summary>A week before, on the day, and the day after (the overdue notice and the planners' digest).</summary>
    public static ValueList<int> Default { get; } = new([7, 0, -1]);

    /// <summary>Checks <paramref name="days"/>; gives them from the earliest reminder (most days before) to the latest.</summary>
    public static ValueList<int> Checked(IEnumerable<int> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var list = days.ToList();
        if (list.Count > MaxReminders || list.Any(d => Math.Abs(d) > MaxDays))
        {
            throw Refused(string.Join(", ", list.Select(d => d.ToString(CultureInfo.InvariantCulture))));
        }

        return new(list.Distinct().OrderDescending());
    }

    /// <summary>Reads days as people write them ("7, 0, -1"; commas, semicolons or spaces); blank means <see cref="Default"/>.</summary>
    public static ValueList<int> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Default;
        }

        var parts = text.Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var days = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var day))
            {
                throw Refused(text.Trim());
            }

            days.Add(day);
        }

        return Checked(days);
    }

    /// <summary>The days as stored and shown: "7, 0, -1".</summary>
    public static string Format(IEnumerable<int> days) => string.Join(", ", days.Select(d => d.ToString(CultureInfo.InvariantCulture)));

    private static DomainException Refused(string text) =>
        new(Problems.BadReminderDays(text, MaxDays, MaxReminders).Under("reminders"));
}
