using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.National;

/// <summary>
/// The ranking of regions' published results of one year by exact overall index, highest first.
/// Competition ranking ("1224"): regions with exactly the same overall index share a rank and the next
/// rank skips as many places as shared it; within a tie, regions are listed by region code. Ties are
/// decided on the exact index, not on the two decimals shown.
/// </summary>
/// <param name="Year">The cycle's year.</param>
/// <param name="Entries">The ranked regions, in rank order.</param>
public sealed record NationalRanking(FiscalYear Year, ValueList<RankedRegion> Entries)
{
    /// <summary>
    /// Ranks the results of <paramref name="year"/> among <paramref name="results"/> that
    /// <paramref name="filter"/> covers (results of other years are left out). A region with two
    /// results of the year is refused (KRS139 at <c>results[i].region</c>).
    /// </summary>
    public static NationalRanking Rank(FiscalYear year, IReadOnlyList<Scoring.PublishedEvaluation> results, RankingFilter? filter = null)
    {
        filter ??= RankingFilter.Nation;
        var ofYear = results.Select((r, i) => (Result: r, At: i)).Where(r => r.Result.Year == year).ToList();
        Refusal.ThrowIfAny([.. ofYear
            .GroupBy(r => r.Result.Region)
            .Where(g => g.Count() > 1)
            .Select(g => Problems.DuplicateRegionResult(g.Key.Value, year.Value).Under($"results[{g.ElementAt(1).At}].region"))]);

        var covered = ofYear.Select(r => r.Result).Where(r => filter.Includes(r.Region))
            .OrderByDescending(r => r.Index.Overall)
            .ThenBy(r => r.Region.Value, StringComparer.Ordinal)
            .ToList();
        var entries = covered.Select(r => new RankedRegion(1 + covered.Count(other => other.Index.Overall > r.Index.Overall), r));
        return new NationalRanking(year, [.. entries]);
    }

    /// <summary>The rank of <paramref name="region"/>, or null when it is not in this ranking.</summary>
    public int? RankOf(RegionCode region) => Entries.FirstOrDefault(e => e.Result.Region == region)?.Rank;
}
