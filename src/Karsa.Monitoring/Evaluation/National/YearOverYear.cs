using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Scoring;

namespace Karsa.Monitoring.Evaluation.National;

/// <summary>
/// Compares a region's published result with its result of an earlier year: the change of the overall
/// index, of each evaluation dimension and of each smart-city dimension indexed in both years, and the
/// rank change when rankings are given. Results of two regions, of years not in order, or on different
/// scales, or rankings of other years, are refused (KRS138).
/// </summary>
public static class YearOverYear
{
    /// <summary>The comparison of <paramref name="later"/> with <paramref name="earlier"/>; the rankings, if given, supply the ranks.</summary>
    public static RegionComparison Compare(PublishedEvaluation earlier, PublishedEvaluation later,
        NationalRanking? earlierRanking = null, NationalRanking? laterRanking = null)
    {
        LocalizedText? reason = earlier.Region != later.Region
            ? new($"wilayah berbeda ({earlier.Region} dan {later.Region})", $"different regions ({earlier.Region} and {later.Region})")
            : earlier.Year >= later.Year
            ? new($"tahun {earlier.Year} tidak sebelum {later.Year}", $"year {earlier.Year} is not before {later.Year}")
            : earlier.Scale != later.Scale
            ? new("skala penilaian berbeda", "different answer scales")
            : earlierRanking is { } e && e.Year != earlier.Year || laterRanking is { } l && l.Year != later.Year
            ? new("peringkat dari tahun lain", "a ranking of another year")
            : null;
        if (reason is not null)
        {
            throw new DomainException(Problems.ResultsNotComparable(reason));
        }

        var smartCity = Dimensions.All
            .Where(d => earlier.Index.Of(d) is not null && later.Index.Of(d) is not null)
            .Select(d => new DimensionDelta<Dimension>(d, earlier.Index.Of(d)!.Value, later.Index.Of(d)!.Value));
        return new RegionComparison(later.Region, earlier.Year, later.Year,
            later.Index.Overall - earlier.Index.Overall,
            [.. EvaluationDimensions.All.Select(d => new DimensionDelta<EvaluationDimension>(d, earlier.Index.Of(d), later.Index.Of(d)))],
            [.. smartCity],
            earlierRanking?.RankOf(earlier.Region), laterRanking?.RankOf(later.Region));
    }
}
