using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Reports;

/// <summary>The names of what a status means for the schedule, in both languages, for every page.</summary>
public static class ProgressMeaningNames
{
    /// <summary>The meaning's name, e.g. "Berjalan" / "Under way".</summary>
    public static LocalizedText Name(this ProgressMeaning meaning) => meaning switch
    {
        ProgressMeaning.NotStarted => new("Belum mulai", "Not started"),
        ProgressMeaning.UnderWay => new("Berjalan", "Under way"),
        ProgressMeaning.Stalled => new("Terhambat", "Stalled"),
        ProgressMeaning.Completed => new("Selesai", "Completed"),
        _ => new("Dibatalkan", "Cancelled"),
    };
}
