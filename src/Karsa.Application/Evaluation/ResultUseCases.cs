using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Monitoring.Evaluation.Scoring;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>A region's published result of a cycle, with its rank in the cycle and its change since the region's previous published result.</summary>
/// <param name="Cycle">The published cycle.</param>
/// <param name="Result">The result: index (exact) and findings.</param>
/// <param name="Ranking">The national ranking of the cycle.</param>
/// <param name="Change">The change since the previous result on the same scale, or null when there is none.</param>
public sealed record RegionResultView(StoredCycle Cycle, PublishedEvaluation Result, NationalRanking Ranking, RegionComparison? Change)
{
    /// <summary>The region's rank and how many regions were ranked.</summary>
    public (int Rank, int Of) Rank => (Ranking.RankOf(Result.Region)!.Value, Ranking.Entries.Count);

    /// <summary>The region's name, or its code when no stored plan names it.</summary>
    public string Name { get; init; } = Result.Region.Value;
}

/// <summary>The newest published result of a region, for its dashboard and public page; <see cref="Result"/> is null when it has none.</summary>
/// <param name="Result">The newest result with its cycle, or null.</param>
/// <param name="Title">The cycle's name, when there is a result.</param>
public sealed record LatestEvaluation(CycleResult? Result, LocalizedText? Title)
{
    /// <summary>The region's rank in the newest result's cycle and how many regions were ranked; null without a result.</summary>
    public (int Rank, int Of)? Rank { get; init; }
}

/// <summary>
/// Published results, readable by anyone: a region's result of a cycle (rank and year-over-year change
/// computed by the model's <c>NationalRanking</c> and <c>YearOverYear</c>) and its newest result.
/// </summary>
public static class ResultUseCases
{
    /// <summary>The published result of <paramref name="region"/> in <paramref name="cycle"/>.</summary>
    public static Task<UseCaseResult<RegionResultView>> ResultAsync(string? database, long cycle, RegionCode region, CancellationToken cancellationToken = default) =>
        EvaluationStores.WithStoreAsync(database, async store =>
            await ViewAsync(store, cycle, region, cancellationToken).ConfigureAwait(false) is { } view
                ? UseCaseResult.Success(view)
                : EvaluationRefusals.NoResult(cycle, region), cancellationToken);

    /// <summary>The newest published result of <paramref name="region"/>, if any.</summary>
    public static Task<UseCaseResult<LatestEvaluation>> LatestAsync(string? database, RegionCode region, CancellationToken cancellationToken = default) =>
        EvaluationStores.WithStoreAsync(database, async store =>
            UseCaseResult.Success(await PublishedResults.LatestAsync(store, region, cancellationToken).ConfigureAwait(false)), cancellationToken);

    /// <summary>The result view, or null when the cycle published nothing for the region.</summary>
    internal static async Task<RegionResultView?> ViewAsync(EvaluationStore store, long cycle, RegionCode region, CancellationToken cancellationToken)
    {
        var history = await store.RegionResultsAsync(region, cancellationToken).ConfigureAwait(false);
        var at = history.ToList().FindIndex(r => r.CycleId == cycle);
        if (at < 0)
        {
            return null;
        }

        var stored = await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false);
        var result = history[at].Result;
        var ranking = await PublishedResults.RankingAsync(store, cycle, result.Year, cancellationToken).ConfigureAwait(false);
        var earlier = history.Take(at).LastOrDefault(r => r.Result.Year < result.Year && r.Result.Scale == result.Scale);
        RegionComparison? change = null;
        if (earlier is not null)
        {
            var earlierRanking = await PublishedResults.RankingAsync(store, earlier.CycleId, earlier.Result.Year, cancellationToken).ConfigureAwait(false);
            change = YearOverYear.Compare(earlier.Result, result, earlierRanking, ranking);
        }

        var labels = await store.RegionLabelsAsync(cancellationToken).ConfigureAwait(false);
        return new RegionResultView(stored, result, ranking, change) { Name = labels.TryGetValue(region.Value, out var label) ? label.Name : region.Value };
    }
}
