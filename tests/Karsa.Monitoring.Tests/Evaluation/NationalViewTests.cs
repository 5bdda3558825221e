using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Monitoring.Evaluation.Scoring;
using static Karsa.Monitoring.Tests.Evaluation.SmallInstrument;

namespace Karsa.Monitoring.Tests.Evaluation;

/// <summary>The national distribution, the quartile rule and the refusals of rankings and comparisons.</summary>
public class NationalViewTests
{
    private static readonly FiscalYear Year = new(2025);

    [Fact]
    public void The_distribution_counts_regions_per_band_the_last_band_holding_the_maximum()
    {
        var results = Published(2025, ("33.01", All(1m)), ("33.02", All(2m)), ("33.03", All(2.5m)), ("33.04", All(3.99m)), ("33.05", All(5m))).Results;

        var distribution = ScoreDistribution.Of(NationalRanking.Rank(Year, results), ScoreBand.EqualWidth(Scale, 4));

        Assert.Equal([(1m, 2m, 1), (2m, 3m, 2), (3m, 4m, 1), (4m, 5m, 1)], distribution.Bands.Select(b => (b.Band.From, b.Band.To, b.Count)));
        Assert.Equal(new Quartiles(1m, 2m, 2.5m, 3.99m, 5m), distribution.Quartiles);
    }

    [Fact]
    public void Quartiles_interpolate_between_the_closest_ranks()
    {
        // sorted 1, 2, 4, 7; n - 1 = 3: Q1 at 0.75 = 1 + 0.75 x (2 - 1); median at 1.5 = 2 + 0.5 x (4 - 2); Q3 at 2.25 = 4 + 0.25 x (7 - 4)
        Assert.Equal(new Quartiles(1m, 1.75m, 3m, 4.75m, 7m), Quartiles.Of([7m, 2m, 4m, 1m]));
        Assert.Equal(new Quartiles(3m, 3m, 3m, 3m, 3m), Quartiles.Of([3m]));
        Assert.Null(Quartiles.Of([]));
        Assert.Null(ScoreDistribution.Of(NationalRanking.Rank(Year, []), ScoreBand.EqualWidth(Scale, 2)).Quartiles);
    }

    [Fact]
    public void Overlapping_bands_and_empty_bands_are_refused()
    {
        Assert.Equal([("KRS016", "bands[1].from")], Refused.By(() => ScoreDistribution.Of(NationalRanking.Rank(Year, []), [new ScoreBand(1m, 3m), new ScoreBand(2m, 5m)])));
        Assert.Equal([("KRS016", "to")], Refused.By(() => new ScoreBand(2m, 2m)));
        Assert.Equal([("KRS016", "count")], Refused.By(() => ScoreBand.EqualWidth(Scale, 0)));
    }

    [Fact]
    public void A_region_with_two_results_of_the_year_is_refused_in_a_ranking()
    {
        var results = Published(2025, ("33.13", All(3m))).Results;

        Assert.Equal([("KRS139", "results[1].region")], Refused.By(() => NationalRanking.Rank(Year, [.. results, .. results])));
    }

    [Fact]
    public void Equal_indices_share_a_rank_however_many_tie()
    {
        var results = Published(2025, ("33.01", All(3m)), ("33.02", All(3m)), ("33.03", All(3m)), ("33.04", All(2m)), ("33.05", All(4m))).Results;

        Assert.Equal([1, 2, 2, 2, 5], NationalRanking.Rank(Year, results).Entries.Select(e => e.Rank));
    }

    [Fact]
    public void A_province_filter_needs_a_province_code()
    {
        Assert.Equal([("KRS016", "province")], Refused.By(() => new RankingFilter(province: new RegionCode("33.13"))));
    }

    [Fact]
    public void Results_of_two_regions_of_the_same_year_or_on_different_scales_do_not_compare()
    {
        var earlier = Published(2024, ("33.13", All(3m)), ("33.14", All(3m))).Results;
        var later = Published(2025, ("33.13", All(3m))).Results[0];
        var otherScale = later with { Scale = new AnswerScale(0m, 4m, 2) };

        Assert.Equal([("KRS138", "")], Refused.By(() => YearOverYear.Compare(earlier[1], later)));
        Assert.Equal([("KRS138", "")], Refused.By(() => YearOverYear.Compare(later, later)));
        Assert.Equal([("KRS138", "")], Refused.By(() => YearOverYear.Compare(earlier[0], otherScale)));
        Assert.Equal([("KRS138", "")], Refused.By(() => YearOverYear.Compare(earlier[0], later, NationalRanking.Rank(Year, [later]))));
        Assert.Null(YearOverYear.Compare(earlier[0], later).RankChange);
    }

    [Fact]
    public void An_unanswered_question_counts_as_the_scale_minimum_and_is_counted()
    {
        var scores = All(4m).Where(s => s.Question.Value != "O1").ToList();

        var index = IndexCalculator.Compute(Instrument(), scores);

        // O1 (weight 2) unanswered scores 1: output = (2 x 1 + 1 x 4) / 3 = 2
        Assert.Equal(((2m * 1m) + (1m * 4m)) / 3m, index.Of(EvaluationDimension.Output));
        Assert.Equal(1, index.Unanswered);
        Assert.Equal(1, index.ByEvaluationDimension.Single(i => i.Dimension == EvaluationDimension.Output).Unanswered);
    }

    [Theory]
    [InlineData(3.2991, "3,30", "3.30")]
    [InlineData(3.305, "3,31", "3.31")]
    [InlineData(3.3049, "3,30", "3.30")]
    [InlineData(4, "4,00", "4.00")]
    public void An_index_is_shown_with_two_decimals_rounded_half_away_from_zero(decimal value, string indonesian, string english)
    {
        Assert.Equal((indonesian, english), (IndexDisplay.Format(value, Language.Indonesian), IndexDisplay.Format(value, Language.English)));
    }
}
