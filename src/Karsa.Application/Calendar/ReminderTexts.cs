using System.Globalization;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Calendar;

namespace Karsa.Application.Calendar;

/// <summary>A reminder's words: a subject (also the in-app notice) and a plain-text mail body, in both languages.</summary>
/// <param name="Subject">The subject line and notice.</param>
/// <param name="Body">The mail's body.</param>
public sealed record ReminderText(LocalizedText Subject, LocalizedText Body);

/// <summary>The words of the reminders an agency reporter gets and of the overdue digest planners get.</summary>
internal static class ReminderTexts
{
    /// <summary>A reminder to an agency reporter that their agency owes <paramref name="period"/>'s report.</summary>
    public static ReminderText Reporter(ReminderStep step, ReportingPeriod period, string regionName, string agency, string link)
    {
        var due = CalendarDays.Text(period.Due);
        var days = Math.Abs(step.DaysBeforeDue).ToString(CultureInfo.InvariantCulture);
        var subject = step.Kind switch
        {
            ReminderKind.Upcoming => new LocalizedText($"Pengingat: laporan {period.Name} jatuh tempo {due.Indonesian} ({days} hari lagi)",
                $"Reminder: the {period.Name} report is due on {due.English} (in {days} days)"),
            ReminderKind.Due => new LocalizedText($"Hari ini batas waktu laporan {period.Name}", $"The {period.Name} report is due today"),
            _ => new LocalizedText($"Laporan {period.Name} terlambat {days} hari", $"The {period.Name} report is {days} days late"),
        };
        var body = new LocalizedText(
            $"""
            Yth. pelapor {agency} - {regionName},

            {subject.Indonesian}. Laporan kemajuan program tahun anggaran {period.Year} yang dipimpin {agency} belum lengkap.
            Periode dibuka {CalendarDays.Format(period.Opens, Language.Indonesian)}, batas waktu {due.Indonesian}.

            Isi laporan di: {link}

            Pesan ini dikirim otomatis oleh Karsa.
            """,
            $"""
            Dear reporter of {agency} - {regionName},

            {subject.English}. The progress reports for fiscal year {period.Year} on the programmes {agency} leads are not complete.
            The period opened on {CalendarDays.Format(period.Opens, Language.English)}; reports are due on {due.English}.

            Report at: {link}

            This message was sent automatically by Karsa.
            """);
        return new ReminderText(subject, body);
    }

    /// <summary>The overdue digest to a planner: the agencies that still owe <paramref name="period"/>'s report.</summary>
    public static ReminderText Digest(ReportingPeriod period, string regionName, IReadOnlyCollection<string> agencies, string link)
    {
        var due = CalendarDays.Text(period.Due);
        var count = agencies.Count.ToString(CultureInfo.InvariantCulture);
        var list = string.Join(Environment.NewLine, agencies.Order(StringComparer.Ordinal).Select(a => $"- {a}"));
        var subject = new LocalizedText($"{count} perangkat daerah terlambat melapor {period.Name}", $"{count} agencies are late with the {period.Name} report");
        var body = new LocalizedText(
            $"""
            Yth. perencana {regionName},

            Batas waktu laporan {period.Name} (tahun anggaran {period.Year}) adalah {due.Indonesian}. Perangkat daerah yang belum melapor:
            {list}

            Daftar keterlambatan: {link}

            Pesan ini dikirim otomatis oleh Karsa.
            """,
            $"""
            Dear planner of {regionName},

            The {period.Name} report (fiscal year {period.Year}) was due on {due.English}. Agencies that have not reported:
            {list}

            Overdue list: {link}

            This message was sent automatically by Karsa.
            """);
        return new ReminderText(subject, body);
    }
}
