using Karsa.Application.Common;
using Karsa.Monitoring.Progress.Measures;
using Karsa.Storage.Caching;
using Karsa.Storage.Progress;

namespace Karsa.Application.Progress;

/// <summary>
/// A published plan version's stored reports and their history, kept per region the way
/// <see cref="Indicators.IndicatorBoards"/> keeps indicator boards: under the version's hash, the
/// reports' stamp (<see cref="ProgressStore.StampAsync"/>, read before the reports, so a change in
/// between makes the next read miss) and the settings' revision. A warm progress page or dashboard reads
/// two aggregates instead of every report with its money and milestones. At most <see cref="Capacity"/> regions.
/// </summary>
internal static class ProgressReads
{
    /// <summary>The most regions whose reports are kept (a national installation's regions, twice).</summary>
    public const int Capacity = 1100;

    private static readonly BoundedCache<(string Database, string Region), Kept> Cache = new(Capacity);

    /// <summary>The reports against <paramref name="monitored"/>'s version (<paramref name="head"/>: its number and hash) and their history.</summary>
    public static async Task<(IReadOnlyList<StoredProgressReport> Reports, ReportHistory History)> OfAsync(ProgressStore store, MonitoredPlan monitored,
        (int Version, string Token) head, StoredProgressSettings settings, CancellationToken cancellationToken)
    {
        var stamp = await RecentReads.GetRefreshingAsync(store.Location, $"progress:{monitored.Region}:{head.Version}",
            token => store.StampAsync(monitored.Region, head.Version, token), cancellationToken).ConfigureAwait(false);
        var key = new ReadKey(head.Version, head.Token, stamp, settings.Revision);
        var place = (store.Location.Display, monitored.Region.Value);
        if (Cache.TryGet(place, out var kept) && kept.Key == key)
        {
            return (kept.Reports, kept.History);
        }

        var reports = await store.ReadAsync(monitored.Region, head.Version, settings.Settings.Statuses, cancellationToken).ConfigureAwait(false);
        var history = ReportHistory.Of(monitored, [.. reports.Select(r => r.Report)]);
        Cache.Keep(place, new Kept(key, reports, history));
        return (reports, history);
    }

    private sealed record ReadKey(int Version, string Token, string Reports, int Settings);

    private sealed record Kept(ReadKey Key, IReadOnlyList<StoredProgressReport> Reports, ReportHistory History);
}
