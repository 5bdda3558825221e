using CsCheck;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using static Karsa.Monitoring.Tests.Evaluation.SmallInstrument;

namespace Karsa.Monitoring.Tests.Evaluation;

/// <summary>Scores prefilled from Karsa's data: the share-to-scale rule at its boundaries, the source shown, confirm and override.</summary>
public class PrefillTests
{
    [Theory]
    [InlineData(0, 1)]           // 1 + 0 x 4
    [InlineData(1, 5)]           // 1 + 1 x 4
    [InlineData(0.5, 3)]         // 1 + 0.5 x 4
    [InlineData(0.73, 3.92)]     // 1 + 0.73 x 4 = 3.92
    [InlineData(0.00125, 1.01)]  // 1 + 0.005 = 1.005, half away from zero: 1.01
    [InlineData(0.00124, 1)]     // 1 + 0.00496 = 1.00496: 1.00
    public void A_share_maps_to_minimum_plus_share_times_the_range_rounded_to_the_scale(decimal share, decimal score)
    {
        Assert.Equal(score, Scale.FromShare(share));
    }

    [Theory]
    [InlineData(0.375, 3)] // 1 + 0.375 x 4 = 2.5: 3
    [InlineData(0.625, 4)] // 1 + 0.625 x 4 = 3.5: 4
    [InlineData(0.6, 3)]   // 1 + 0.6 x 4 = 3.4: 3
    public void On_a_whole_number_scale_halves_round_away_from_zero(decimal share, decimal score)
    {
        Assert.Equal(score, new AnswerScale(1m, 5m, 0).FromShare(share));
    }

    [Theory]
    [InlineData(-0.0001)]
    [InlineData(1.0001)]
    public void A_share_outside_zero_to_one_is_refused(decimal share)
    {
        Assert.Equal([("KRS016", "share")], Refused.By(() => Scale.FromShare(share)));
        Assert.Equal([("KRS016", "share")], Refused.By(() => new DataSource(new LocalizedText("x"), share)));
    }

    [Fact]
    public void Every_share_maps_onto_the_scale_and_a_larger_share_never_scores_lower()
    {
        var scales = Gen.Select(Gen.Int[0, 4], Gen.Int[-50, 50], Gen.Int[1, 200])
            .Select((decimals, low, span) => new AnswerScale(low, low + span, decimals));
        var shares = Gen.Int[0, 1_000_000].Select(n => n / 1_000_000m);

        Gen.Select(scales, shares, shares).Sample((scale, a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            return scale.Holds(scale.FromShare(low)) && scale.FromShare(low) <= scale.FromShare(high);
        });
    }

    [Fact]
    public void A_count_source_shows_its_count_and_total_and_its_share_is_their_quotient()
    {
        var source = DataSource.Count(new LocalizedText("quick win terlaksana", "quick wins delivered"), 4, 5);

        Assert.Equal("quick wins delivered: 4 of 5", source.Description.In(Language.English));
        Assert.Equal("quick win terlaksana: 4 dari 5", source.Description.Indonesian);
        Assert.Equal(4m / 5m, source.Share);
    }

    [Theory]
    [InlineData(6, 5, "count")]
    [InlineData(-1, 5, "count")]
    [InlineData(0, 0, "total")]
    public void A_count_outside_its_total_is_refused(int count, int total, string path)
    {
        Assert.Equal([("KRS016", path)], Refused.By(() => DataSource.Count(new LocalizedText("program"), count, total)));
    }

    [Fact]
    public void A_percentage_source_shows_the_share_rounded_and_keeps_it_exact()
    {
        var source = DataSource.Percentage(new LocalizedText("program sesuai jadwal", "programmes on schedule"), 0.7333m);

        Assert.Equal("programmes on schedule: 73.3 %", source.Description.In(Language.English));
        Assert.Equal("program sesuai jadwal: 73,3 %", source.Description.Indonesian);
        Assert.Equal(0.7333m, source.Share);
    }

    [Fact]
    public void A_prefilled_score_is_prefilled_until_the_evaluator_confirms_or_overrides_it()
    {
        var prefilled = VerifiedScore.Prefilled(Code("Q1"), DataSource.Count(new LocalizedText("quick win"), 3, 4), Scale);

        var confirmed = prefilled.Confirm();
        var overridden = prefilled.Override(3.5m, "dua quick win belum dirasakan warga");

        Assert.Equal((ScoreState.Prefilled, 4m), (prefilled.State, prefilled.Score)); // 1 + 3/4 x 4 = 4
        Assert.Equal((ScoreState.Confirmed, 4m), (confirmed.State, confirmed.Score));
        Assert.Equal((ScoreState.Overridden, 3.5m), (overridden.State, overridden.Score));
        Assert.Equal(prefilled.Source, overridden.Source);
        Assert.Equal([("KRS007", "note")], Refused.By(() => prefilled.Override(3m, " ")));
        Assert.Throws<InvalidOperationException>(() => VerifiedScore.ByEvaluator(Code("Q1"), 3m).Confirm());
        Assert.Throws<InvalidOperationException>(() => confirmed.Confirm());
    }
}
