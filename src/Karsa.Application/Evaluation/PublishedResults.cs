using System.Runtime.CompilerServices;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Storage.Caching;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>
/// Keeps what published evaluation results give, per evaluation store: a cycle publishes every region's
/// result once, in one transaction, and never changes them after (<see cref="EvaluationStore.PublishAsync"/>),
/// so a cycle's national ranking is computed once; a region's newest result is kept under
/// <see cref="EvaluationStore.ResultsStampAsync"/> (its newest result row), so a warm dashboard or public
/// page pays one small query instead of reading the cycle's 500 results to rank them.
/// </summary>
internal static class PublishedResults
{
    /// <summary>The most regions whose newest result is kept per store (a national installation's regions, twice).</summary>
    public const int Capacity = 1100;

    private static readonly ConditionalWeakTable<EvaluationStore, Kept> PerStore = new();

    /// <summary>The national ranking of published cycle <paramref name="cycle"/> (its results are of <paramref name="year"/>).</summary>
    public static async Task<NationalRanking> RankingAsync(EvaluationStore store, long cycle, FiscalYear year, CancellationToken cancellationToken)
    {
        var kept = PerStore.GetValue(store, _ => new Kept());
        if (kept.Rankings.TryGet((cycle, year.Value), out var ranking))
        {
            return ranking;
        }

        var results = await store.ResultsAsync(cycle, cancellationToken).ConfigureAwait(false);
        ranking = NationalRanking.Rank(year, [.. results.Select(r => r.Result)]);
        if (results.Count > 0)
        {
            kept.Rankings.Keep((cycle, year.Value), ranking);
        }

        return ranking;
    }

    /// <summary>The newest published result of <paramref name="region"/> with its cycle's name and the region's rank in it.</summary>
    public static async Task<LatestEvaluation> LatestAsync(EvaluationStore store, RegionCode region, CancellationToken cancellationToken)
    {
        var kept = PerStore.GetValue(store, _ => new Kept());
        var stamp = await RecentReads.GetRefreshingAsync(store.Location, $"results:{region}", token => store.ResultsStampAsync(region, token), cancellationToken).ConfigureAwait(false);
        if (kept.Latest.TryGet(region.Value, out var known) && known.Stamp == stamp)
        {
            return known.Latest;
        }

        var latest = await ReadLatestAsync(store, region, cancellationToken).ConfigureAwait(false);
        kept.Latest.Keep(region.Value, (stamp, latest));
        return latest;
    }

    private static async Task<LatestEvaluation> ReadLatestAsync(EvaluationStore store, RegionCode region, CancellationToken cancellationToken)
    {
        var history = await store.RegionResultsAsync(region, cancellationToken).ConfigureAwait(false);
        if (history.Count == 0)
        {
            return new LatestEvaluation(null, null);
        }

        var newest = history[^1];
        var title = (await store.CycleAsync(newest.CycleId, cancellationToken).ConfigureAwait(false)).Cycle.Title;
        var ranking = await RankingAsync(store, newest.CycleId, newest.Result.Year, cancellationToken).ConfigureAwait(false);
        return new LatestEvaluation(newest, title) { Rank = (ranking.RankOf(region)!.Value, ranking.Entries.Count) };
    }

    private sealed class Kept
    {
        public BoundedCache<(long Cycle, int Year), NationalRanking> Rankings { get; } = new(PublishedRankings.Capacity);

        public BoundedCache<string, (string Stamp, LatestEvaluation Latest)> Latest { get; } = new(Capacity);
    }
}
