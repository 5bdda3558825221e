using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Reports;

/// <summary>
/// The statuses a region reports with, configurable per plan. Invariants: at least one status; keys
/// unique. <see cref="Default"/> is the list Karsa ships.
/// </summary>
public sealed record ProgressStatusList
{
    /// <summary>Creates a list, checking its invariants (problems at <c>statuses</c>, <c>statuses.KEY</c>).</summary>
    public ProgressStatusList(ValueList<ProgressStatus> statuses)
    {
        if (statuses.Count == 0)
        {
            throw new DomainException(Problems.MissingField("statuses").Under("statuses"));
        }

        ProgressFields.Unique(statuses, s => s.Key, "statuses");
        Statuses = statuses;
    }

    /// <summary>
    /// The shipped list: belum-mulai 0 %, persiapan 10 %, berjalan 50 %, terhambat 50 % (stalled),
    /// selesai 100 %, dibatalkan 0 % (cancelled).
    /// </summary>
    public static ProgressStatusList Default { get; } = new(
    [
        new ProgressStatus("belum-mulai", new LocalizedText("Belum mulai", "Not started"), 0m, ProgressMeaning.NotStarted),
        new ProgressStatus("persiapan", new LocalizedText("Persiapan", "Preparation"), 10m, ProgressMeaning.UnderWay),
        new ProgressStatus("berjalan", new LocalizedText("Berjalan", "Under way"), 50m, ProgressMeaning.UnderWay),
        new ProgressStatus("terhambat", new LocalizedText("Terhambat", "Stalled"), 50m, ProgressMeaning.Stalled),
        new ProgressStatus("selesai", new LocalizedText("Selesai", "Completed"), 100m, ProgressMeaning.Completed),
        new ProgressStatus("dibatalkan", new LocalizedText("Dibatalkan", "Cancelled"), 0m, ProgressMeaning.Cancelled),
    ]);

    /// <summary>The statuses in the order users see them.</summary>
    public ValueList<ProgressStatus> Statuses { get; }

    /// <summary>The status with <paramref name="key"/>, or a KRS110 problem at <c>status</c>.</summary>
    public ProgressStatus Resolve(string key) =>
        Statuses.FirstOrDefault(s => s.Key == key)
        ?? throw new DomainException(Problems.UnknownProgressStatus(key, Statuses.Select(s => s.Key)).Under("status"));
}
