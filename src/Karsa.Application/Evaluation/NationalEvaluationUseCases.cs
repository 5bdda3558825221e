using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Monitoring.Evaluation.Scoring;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>One line of the national ranking as shown and exported.</summary>
/// <param name="Entry">The rank and the published result.</param>
/// <param name="Name">The region's name, or its code when no plan names it.</param>
/// <param name="Change">The change since the region's result in the previous published cycle on the same scale, if any.</param>
public sealed record RankingLine(RankedRegion Entry, string Name, RegionComparison? Change);

/// <summary>The national ranking of a published cycle under a filter, its distribution, and the filters on offer.</summary>
/// <param name="Cycle">The cycle.</param>
/// <param name="Ranking">The ranking (exact indices).</param>
/// <param name="Lines">The ranking's lines with names and year-over-year changes.</param>
/// <param name="Distribution">Counts per band of the scale and the quartiles.</param>
/// <param name="PreviousYear">The year compared with, if an earlier published cycle exists.</param>
/// <param name="Provinces">Province codes of the ranked regions.</param>
/// <param name="Cohorts">Cohort years of the ranked regions.</param>
public sealed record NationalEvaluationView(StoredCycle Cycle, NationalRanking Ranking, IReadOnlyList<RankingLine> Lines, ScoreDistribution Distribution,
    FiscalYear? PreviousYear, IReadOnlyList<string> Provinces, IReadOnlyList<int> Cohorts);

/// <summary>
/// The national ranking and distribution of a published cycle for ministry users
/// (<see cref="Permission.ReadNational"/>), filtered by province and cohort, with each region's change
/// since the previous published cycle. Ranks, bands, quartiles and deltas come from the model. The
/// ranking of a published cycle is computed once per filter and kept (<see cref="PublishedRankings"/>).
/// </summary>
public static class NationalEvaluationUseCases
{
    /// <summary>The number of equal-width bands of the distribution.</summary>
    public const int Bands = 4;

    /// <summary>The ranking of <paramref name="cycle"/> among the regions of <paramref name="province"/> and <paramref name="cohort"/> (null: all).</summary>
    public static Task<UseCaseResult<NationalEvaluationView>> RankingAsync(string? database, Actor? actor, long cycle, string? province, int? cohort,
        CancellationToken cancellationToken = default)
    {
        if (!AccessPolicy.Allows(actor, Permission.ReadNational, null))
        {
            return Task.FromResult<UseCaseResult<NationalEvaluationView>>(EvaluationRefusals.Forbidden());
        }

        return EvaluationStores.WithStoreAsync(database, async store =>
        {
            var key = PublishedRankings.KeyOf(database, cycle, province, cohort, await store.CyclesAsync(cancellationToken).ConfigureAwait(false));
            if (PublishedRankings.Find(key) is { } kept)
            {
                return UseCaseResult.Success(kept);
            }

            var stored = await store.CycleAsync(cycle, cancellationToken).ConfigureAwait(false);
            var results = (await store.ResultsAsync(cycle, cancellationToken).ConfigureAwait(false)).Select(r => r.Result).ToList();
            var labels = await store.RegionLabelsAsync(cancellationToken).ConfigureAwait(false);
            var cohortRegions = cohort is { } year
                ? new Cohort(new LocalizedText($"Angkatan {year}", $"Cohort {year}"),
                    [.. results.Select(r => r.Region).Where(r => labels.TryGetValue(r.Value, out var l) && l.Cohort == year)])
                : null;
            var filter = new RankingFilter(string.IsNullOrWhiteSpace(province) ? null : new RegionCode(province), cohortRegions);
            var ranking = NationalRanking.Rank(stored.Cycle.Year, results, filter);
            var previous = await PreviousAsync(store, stored, cancellationToken).ConfigureAwait(false);
            var nation = NationalRanking.Rank(stored.Cycle.Year, results);
            var lines = ranking.Entries.Select(e => new RankingLine(e, labels.TryGetValue(e.Result.Region.Value, out var label) ? label.Name : e.Result.Region.Value,
                previous?.Results.GetValueOrDefault(e.Result.Region) is { } earlier ? YearOverYear.Compare(earlier, e.Result, previous.Ranking, nation) : null));
            var view = new NationalEvaluationView(stored, ranking, [.. lines],
                ScoreDistribution.Of(ranking, ScoreBand.EqualWidth(stored.Cycle.Instrument.Scale, Bands)), previous?.Ranking.Year,
                [.. results.Select(r => r.Region.Value[..2]).Distinct().Order(StringComparer.Ordinal)],
                [.. results.Select(r => labels.GetValueOrDefault(r.Region.Value)?.Cohort).OfType<int>().Distinct().Order()]);
            PublishedRankings.Keep(key, view);
            return UseCaseResult.Success(view);
        }, cancellationToken);
    }

    /// <summary>The newest published cycle before <paramref name="cycle"/>'s year on the same scale: its whole-country ranking and results by region.</summary>
    private static async Task<PreviousCycle?> PreviousAsync(EvaluationStore store, StoredCycle cycle, CancellationToken cancellationToken)
    {
        var earlier = (await store.CyclesAsync(cancellationToken).ConfigureAwait(false))
            .Where(c => c.State == CycleState.Published && c.Year < cycle.Cycle.Year.Value);
        foreach (var candidate in earlier)
        {
            var stored = await store.CycleAsync(candidate.Id, cancellationToken).ConfigureAwait(false);
            if (stored.Cycle.Instrument.Scale == cycle.Cycle.Instrument.Scale)
            {
                var results = (await store.ResultsAsync(candidate.Id, cancellationToken).ConfigureAwait(false)).Select(r => r.Result).ToList();
                return new PreviousCycle(NationalRanking.Rank(stored.Cycle.Year, results), results.ToDictionary(r => r.Region));
            }
        }

        return null;
    }

    private sealed record PreviousCycle(NationalRanking Ranking, IReadOnlyDictionary<RegionCode, PublishedEvaluation> Results);
}
