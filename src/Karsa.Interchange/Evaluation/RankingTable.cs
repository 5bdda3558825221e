using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Monitoring.Evaluation.Scoring;

namespace Karsa.Interchange.Evaluation;

/// <summary>One region's line of an exported ranking: indices rounded for display (<see cref="IndexDisplay"/>), as the ministry publishes them.</summary>
/// <param name="Rank">The rank (tied regions share it).</param>
/// <param name="Region">The Home Affairs code.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Overall">The overall index, two decimals.</param>
/// <param name="Dimensions">The five evaluation dimensions' indices, two decimals, in the ministry's order.</param>
/// <param name="Change">The overall index's change since the previous year, two decimals, if compared.</param>
/// <param name="RankChange">Places climbed since the previous year, if compared.</param>
public sealed record RankingTableRow(int Rank, string Region, string Name, decimal Overall, IReadOnlyList<decimal> Dimensions, decimal? Change, int? RankChange);

/// <summary>The table both ranking exports (CSV and XLSX) write: a header in the chosen language and one row per ranked region.</summary>
public static class RankingTable
{
    /// <summary>The column headers in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> Header(Language language) =>
    [
        language == Language.English ? "Rank" : "Peringkat",
        language == Language.English ? "Region code" : "Kode wilayah",
        language == Language.English ? "Region" : "Wilayah",
        language == Language.English ? "Overall index" : "Indeks keseluruhan",
        .. EvaluationDimensions.All.Select(d => d.Name().In(language)),
        language == Language.English ? "Change since previous year" : "Perubahan dari tahun sebelumnya",
        language == Language.English ? "Places climbed" : "Naik peringkat",
    ];

    /// <summary>The rows of <paramref name="ranking"/>, with names (the code when unnamed) and year-over-year changes where given.</summary>
    public static IReadOnlyList<RankingTableRow> Rows(NationalRanking ranking, IReadOnlyDictionary<RegionCode, string> names,
        IReadOnlyDictionary<RegionCode, RegionComparison> changes)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(changes);
        return [.. ranking.Entries.Select(e =>
        {
            var (region, index) = (e.Result.Region, e.Result.Index);
            var change = changes.GetValueOrDefault(region);
            return new RankingTableRow(e.Rank, region.Value, names.GetValueOrDefault(region) ?? region.Value, IndexDisplay.Round(index.Overall),
                [.. EvaluationDimensions.All.Select(d => IndexDisplay.Round(index.Of(d)))],
                change is null ? null : IndexDisplay.Round(change.Overall), change?.RankChange);
        })];
    }
}
