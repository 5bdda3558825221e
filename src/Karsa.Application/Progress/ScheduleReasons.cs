using System.Globalization;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Measures;

namespace Karsa.Application.Progress;

/// <summary>A programme's headline schedule state in words, with the numbers the rule used (docs/monitoring/progress.md).</summary>
public static class ScheduleReasons
{
    /// <summary>The state's short name, e.g. "Terlambat" / "Late".</summary>
    public static LocalizedText Name(ScheduleState state) => state switch
    {
        ScheduleState.NotScheduled => new("Tidak dijadwalkan", "Not scheduled"),
        ScheduleState.Cancelled => new("Dibatalkan", "Cancelled"),
        ScheduleState.Completed => new("Selesai", "Completed"),
        ScheduleState.NotYetDue => new("Belum waktunya", "Not yet due"),
        ScheduleState.NotStarted => new("Belum mulai", "Not started"),
        ScheduleState.Late => new("Terlambat", "Late"),
        ScheduleState.Stalled => new("Terhambat", "Stalled"),
        ScheduleState.OverBudget => new("Melebihi anggaran", "Over budget"),
        ScheduleState.UnderBudget => new("Di bawah anggaran", "Under budget"),
        _ => new("Sesuai jadwal", "On schedule"),
    };

    /// <summary>Why <paramref name="assessment"/> has its headline, e.g. "Kemajuan 30 % di bawah 50 % yang diharapkan ...".</summary>
    public static LocalizedText Describe(ScheduleAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var reported = Percent(assessment.ReportedPercent);
        var expected = Percent(assessment.ExpectedPercent ?? 0m);
        var year = assessment.AsOf.ToString();
        var budget = assessment.Budget.FirstOrDefault(b => b.State != BudgetState.Within);
        return assessment.Headline switch
        {
            ScheduleState.NotScheduled => new("Peta jalan yang ditetapkan tidak menjalankan program ini.", "The adopted roadmap does not run this programme."),
            ScheduleState.Cancelled => new("Laporan terakhir menyatakan program dibatalkan; program dikeluarkan dari rekap.", "Its latest report says cancelled; it leaves the roll-up."),
            ScheduleState.Completed => new("Laporan terakhir menyatakan program selesai.", "Its latest report says completed."),
            ScheduleState.NotYetDue => new($"Program baru dijadwalkan mulai setelah {year}.", $"The programme is scheduled to start after {year}."),
            ScheduleState.NotStarted => new($"Seharusnya sudah mulai pada {year}, tetapi belum ada laporan atau laporan terakhir menyatakan belum mulai.",
                $"It should have started by {year}, but there is no report or the latest says not started."),
            ScheduleState.Late => new($"Kemajuan {reported} di bawah {expected} yang diharapkan pada {year} dikurangi toleransi.",
                $"Progress {reported} is below the {expected} expected by {year} minus the tolerance."),
            ScheduleState.Stalled => new("Laporan terakhir menyatakan program terhambat.", "Its latest report says stalled."),
            ScheduleState.OverBudget or ScheduleState.UnderBudget when budget is not null => new(
                $"Realisasi {budget.Source} {budget.Realised} dibanding rencana {budget.Planned} sampai {year}, di luar toleransi.",
                $"Realised {budget.Source} {budget.Realised} against planned {budget.Planned} up to {year}, outside the tolerance."),
            _ => new($"Kemajuan {reported}; diharapkan {expected} pada {year}.", $"Progress {reported}; {expected} expected by {year}."),
        };
    }

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.GetCultureInfo("id-ID")) + " %";
}
