namespace Karsa.Domain.Diagnostics;

/// <summary>The problems of the reporting calendar: periods and their reminders (KRS160-KRS164).</summary>
public static partial class Problems
{
    /// <summary>KRS160: a period due before it opens.</summary>
    public static Diagnostic PeriodDueBeforeOpening(DateOnly opens, DateOnly due) => Error("KRS160",
        $"Batas waktu {Day(due)} jatuh sebelum periode dibuka ({Day(opens)})", $"The due date {Day(due)} falls before the period opens ({Day(opens)})",
        "pilih batas waktu pada atau sesudah tanggal pembukaan", "choose a due date on or after the opening date");

    /// <summary>KRS161: a period that opens outside its fiscal year and the year after.</summary>
    public static Diagnostic PeriodOutsideYear(int year, DateOnly opens) => Error("KRS161",
        $"Periode tahun anggaran {N(year)} dibuka pada {Day(opens)}, di luar tahun {N(year)} dan {N(year + 1)}",
        $"The period of fiscal year {N(year)} opens on {Day(opens)}, outside {N(year)} and {N(year + 1)}",
        $"buka periode dalam tahun {N(year)} atau (untuk laporan akhir tahun) dalam tahun {N(year + 1)}",
        $"open the period within {N(year)} or (for a year-end report) within {N(year + 1)}");

    /// <summary>KRS162: reminder days that are not whole numbers of days within the allowed range, or too many.</summary>
    public static Diagnostic BadReminderDays(string text, int maxDays, int maxReminders) => Error("KRS162",
        $"Pengingat '{text}' tidak sah", $"The reminders '{text}' are not valid",
        $"tulis paling banyak {N(maxReminders)} bilangan bulat hari antara -{N(maxDays)} dan {N(maxDays)} dipisah koma: positif = sebelum batas waktu, 0 = pada hari itu, negatif = sesudahnya (mis. 7, 0, -1)",
        $"write at most {N(maxReminders)} whole numbers of days between -{N(maxDays)} and {N(maxDays)} separated by commas: positive = before the due date, 0 = on the day, negative = after it (e.g. 7, 0, -1)");

    /// <summary>KRS163: a period name already used in the region and fiscal year.</summary>
    public static Diagnostic DuplicatePeriodName(string name, int year) => Error("KRS163",
        $"Periode '{name}' tahun anggaran {N(year)} sudah ada", $"The period '{name}' of fiscal year {N(year)} already exists",
        "pilih nama lain atau ubah periode yang sudah ada", "choose another name or edit the existing period");

    /// <summary>KRS164: removing a period whose reminders have gone out.</summary>
    public static Diagnostic PeriodHasReminders(string name, int sent) => Error("KRS164",
        $"Periode '{name}' tidak dapat dihapus: {N(sent)} pengingat sudah dikirim", $"The period '{name}' cannot be removed: {N(sent)} reminders have gone out",
        "ubah tanggalnya bila keliru; periode yang sudah diingatkan tetap tercatat agar jelas apa yang diminta dari perangkat daerah",
        "change its dates if they are wrong; a period already reminded of stays recorded, so what the agencies were asked stays clear");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
