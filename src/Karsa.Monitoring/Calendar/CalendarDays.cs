using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Calendar;

/// <summary>
/// The calendar's days: a due date is a day in Western Indonesia Time (WIB, UTC+7), the zone of most
/// regions; it is one fixed offset, so "today" does not depend on the server's zone. Dates are written
/// the Indonesian way ("10 April 2027") or the English way ("10 April 2027", English month names).
/// </summary>
public static class CalendarDays
{
    /// <summary>Western Indonesia Time's offset from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    private static readonly string[] IndonesianMonths =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The calendar day of <paramref name="now"/> in WIB.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(Offset).DateTime);

    /// <summary>The first moment of <paramref name="day"/> in WIB.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>"10 April 2027" in the language asked.</summary>
    public static string Format(DateOnly day, Language language) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{day.Day} {(language == Language.English ? EnglishMonths : IndonesianMonths)[day.Month - 1]} {day.Year}");

    /// <summary>The day in both languages.</summary>
    public static LocalizedText Text(DateOnly day) => new(Format(day, Language.Indonesian), Format(day, Language.English));
}
