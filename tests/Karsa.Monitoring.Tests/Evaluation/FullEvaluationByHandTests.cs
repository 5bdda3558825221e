using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Monitoring.Evaluation.Scoring;
using Karsa.Monitoring.Evaluation.Workflow;
using static Karsa.Monitoring.Tests.Evaluation.SmallInstrument;

namespace Karsa.Monitoring.Tests.Evaluation;

/// <summary>
/// The done-when: a whole evaluation of <see cref="SmallInstrument"/> computed by hand here,
/// the index per evaluation dimension, per smart-city dimension and overall, and the ranking of five
/// regions with a tie, compared to the last decimal.
/// </summary>
public class FullEvaluationByHandTests
{
    // Region 33.13's verified scores; Q1 prefilled from "quick wins delivered: 4 of 5" and confirmed.
    private const decimal B1 = 3.5m, B2 = 4m, O1 = 3m, O2 = 4m, C1 = 2.5m, C2 = 4m, I1 = 3.25m;
    private static readonly decimal Q1 = 1m + (4m / 5m * (5m - 1m)); // share 0.8 on 1..5: 4.2

    [Fact]
    public void The_index_of_a_region_is_computed_by_hand_to_the_last_decimal()
    {
        var index = KaranganyarResult().Index;

        var baseline = ((1m * B1) + (1m * B2)) / (1m + 1m);   // 7.5 / 2 = 3.75
        var output = ((2m * O1) + (1m * O2)) / (2m + 1m);     // 10 / 3 = 3.3333...
        var outcome = ((3m * C1) + (1m * C2)) / (3m + 1m);    // 11.5 / 4 = 2.875
        var impact = (1m * I1) / 1m;                          // 3.25
        var quickWin = (1m * Q1) / 1m;                        // 4.2
        var overall = ((10m * baseline) + (20m * output) + (30m * outcome) + (30m * impact) + (10m * quickWin)) / 100m;
        var governance = ((1m * B1) + (2m * O1) + (1m * C2) + (1m * Q1)) / (1m + 2m + 1m + 1m); // 17.7 / 5 = 3.54
        var living = ((1m * B2) + (3m * C1) + (1m * I1)) / (1m + 3m + 1m);                     // 14.75 / 5 = 2.95

        Assert.Equal(4.2m, Q1);
        Assert.Equal(baseline, index.Of(EvaluationDimension.Baseline));
        Assert.Equal(output, index.Of(EvaluationDimension.Output));
        Assert.Equal(3.3333333333333333333333333333m, output);
        Assert.Equal(outcome, index.Of(EvaluationDimension.Outcome));
        Assert.Equal(impact, index.Of(EvaluationDimension.Impact));
        Assert.Equal(quickWin, index.Of(EvaluationDimension.QuickWin));
        Assert.Equal(overall, index.Overall);
        Assert.Equal(governance, index.Of(Dimension.Governance));
        Assert.Equal(3.54m, governance);
        Assert.Equal(living, index.Of(Dimension.Living));
        Assert.Equal(2.95m, living);
        Assert.Null(index.Of(Dimension.Economy));
        Assert.Equal([Dimension.Governance, Dimension.Living], index.BySmartCityDimension.Select(i => i.Dimension));
        Assert.Equal(0, index.Unanswered);
        Assert.Equal("3,30", IndexDisplay.Format(index.Overall, Language.Indonesian)); // 329.9166.../100 = 3.2991...
        Assert.Equal("3.30", IndexDisplay.Format(index.Overall, Language.English));
    }

    [Fact]
    public void Five_regions_rank_by_overall_index_with_a_tie_sharing_a_rank_and_the_next_rank_skipping()
    {
        var karanganyar = KaranganyarResult();
        // 33.01: baseline 2, quick win 4, all else 3: (10x2 + 20x3 + 30x3 + 30x3 + 10x4) / 100 = 300 / 100 = 3.
        var published = Published(2025,
            ("33.14", All(4m)),
            ("35.07", All(3m)),
            ("33.01", Scores(2m, 2m, 3m, 3m, 3m, 3m, 3m, 4m)),
            ("34.71", All(2m)));
        var results = published.Results.Append(karanganyar).ToList();

        var ranking = NationalRanking.Rank(new FiscalYear(2025), results);

        Assert.Equal(3m, Single(published, "33.01").Index.Overall);
        Assert.True(karanganyar.Index.Overall is > 3m and < 4m);
        Assert.Equal(
            [(1, "33.14"), (2, "33.13"), (3, "33.01"), (3, "35.07"), (5, "34.71")],
            ranking.Entries.Select(e => (e.Rank, e.Result.Region.Value)));
    }

    [Fact]
    public void A_ranking_covers_one_province_or_one_cohort_and_ranks_within_it()
    {
        var results = Published(2025, ("33.14", All(4m)), ("35.07", All(3m)), ("33.01", All(3m)), ("34.71", All(2m)), ("33.13", All(3.5m))).Results;
        var year = new FiscalYear(2025);
        var cohort = new Cohort(new LocalizedText("Angkatan 2021", "2021 cohort"), [new RegionCode("33.13"), new RegionCode("35.07"), new RegionCode("34.71")]);

        var centralJava = NationalRanking.Rank(year, results, new RankingFilter(province: new RegionCode("33")));
        var ofCohort = NationalRanking.Rank(year, results, new RankingFilter(cohort: cohort));

        Assert.Equal([(1, "33.14"), (2, "33.13"), (3, "33.01")], centralJava.Entries.Select(e => (e.Rank, e.Result.Region.Value)));
        Assert.Equal([(1, "33.13"), (2, "35.07"), (3, "34.71")], ofCohort.Entries.Select(e => (e.Rank, e.Result.Region.Value)));
        Assert.Empty(NationalRanking.Rank(new FiscalYear(2024), results).Entries);
    }

    [Fact]
    public void A_region_compared_with_its_earlier_year_gives_the_deltas_and_the_places_climbed()
    {
        var earlier = Published(2024, ("33.13", All(3m)), ("33.14", All(3.5m)), ("35.07", All(3.25m))).Results;
        var later = Published(2025, ("33.14", All(4m)), ("35.07", All(3m))).Results.Append(KaranganyarResult()).ToList();
        var earlierRanking = NationalRanking.Rank(new FiscalYear(2024), earlier);
        var laterRanking = NationalRanking.Rank(new FiscalYear(2025), later);
        var before = earlier.Single(r => r.Region.Value == "33.13");
        var after = later.Single(r => r.Region.Value == "33.13");

        var comparison = YearOverYear.Compare(before, after, earlierRanking, laterRanking);

        Assert.Equal(after.Index.Overall - 3m, comparison.Overall);
        Assert.Equal(3.75m - 3m, comparison.ByEvaluationDimension.Single(d => d.Dimension == EvaluationDimension.Baseline).Delta);
        Assert.Equal(2.875m - 3m, comparison.ByEvaluationDimension.Single(d => d.Dimension == EvaluationDimension.Outcome).Delta);
        Assert.Equal(3.54m - 3m, comparison.BySmartCityDimension.Single(d => d.Dimension == Dimension.Governance).Delta);
        Assert.Equal(2.95m - 3m, comparison.BySmartCityDimension.Single(d => d.Dimension == Dimension.Living).Delta);
        Assert.Equal(3, comparison.EarlierRank); // 2024: 3.5, 3.25, then 3
        Assert.Equal(2, comparison.LaterRank);   // 2025: 4, then 3.299..., then 3
        Assert.Equal(3 - 2, comparison.RankChange);
    }

    /// <summary>Region 33.13 through the whole workflow: self-assessment, verification with one prefilled score, findings, publication.</summary>
    private static PublishedEvaluation KaranganyarResult()
    {
        var cycle = new EvaluationCycle(new FiscalYear(2025), new LocalizedText("Evaluasi 2025"), Instrument())
            .OpenSelfAssessment(EvaluationParty.Ministry);
        var region = new RegionEvaluation(new RegionCode("33.13"))
            .WithSelfAssessment(cycle, EvaluationParty.Region, [new SelfAssessmentAnswer(Code("B1"), 4m, "Perbup 12/2022", ["ev-1"])]);
        cycle = cycle.StartVerification(EvaluationParty.Ministry);
        var quickWins = VerifiedScore.Prefilled(Code("Q1"), DataSource.Count(new LocalizedText("quick win terlaksana", "quick wins delivered"), 4, 5), cycle.Instrument.Scale);
        region = region
            .WithVerifiedScores(cycle, EvaluationParty.Evaluator, [.. Scores(B1, B2, O1, O2, C1, C2, I1).Append(quickWins.Confirm("laporan OPD"))])
            .WithFindings(cycle, EvaluationParty.Evaluator, [new Finding(FindingKind.Weakness, new LocalizedText("Belum ada Dewan Smart City", "No smart city council yet"), EvaluationDimension.Output)]);
        return Assert.Single(cycle.Publish(EvaluationParty.Ministry, [region]).Results);
    }

    private static PublishedEvaluation Single(PublishedCycle cycle, string region) => cycle.Results.Single(r => r.Region.Value == region);
}
