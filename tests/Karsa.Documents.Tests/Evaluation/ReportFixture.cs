using Karsa.Documents.Evaluation;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Monitoring.Evaluation.Scoring;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Documents.Tests.Evaluation;

/// <summary>
/// Region 33.13 (Kabupaten Karanganyar) evaluated in 2025 on eight questions, scale 1-5 with two
/// decimals, weights 10/20/30/30/10, against three other regions, and compared with 2024 (when every
/// region scored its questions alike: 33.13 all 3, 33.14 all 3.5, 33.01 all 3.25, so 33.13 ranked 3rd):
/// <code>
/// code  evaluation  w  smart city   self  verified
/// B1    Baseline    1  Governance   4     3.5 (note: hostile text)
/// B2    Baseline    1  Living       -     4
/// O1    Output      2  Economy      3     3
/// O2    Output      1  -            -     4
/// C1    Outcome     3  Living       3     2.5
/// C2    Outcome     1  Society      -     4
/// I1    Impact      1  Environment  -     3.25 (prefilled 60 % = 3.4, overridden)
/// Q1    QuickWin    1  Governance   5     4.2 (prefilled 4 of 5, confirmed)
/// </code>
/// With <c>narrow</c>, only Governance and Living are concerned (too few axes for a radar).
/// </summary>
internal static class ReportFixture
{
    public const string RegionName = "Kabupaten Karanganyar";
    public const string Hostile = "<script>alert('x')</script> <b>tebal</b> & \"kutip\"";
    public const string OverrideNote = "Laporan OPD tidak lengkap";
    public static readonly RegionCode Region = new("33.13");

    public static readonly LocalizedText Strength = new("Data terpadu di satu portal", "Integrated data on one portal");
    public static readonly LocalizedText Weakness = new($"Belum ada Dewan Smart City {Hostile}", $"No smart city council yet {Hostile}");
    public static readonly LocalizedText Recommendation = new("Tetapkan Perbup masterplan", "Enact the masterplan regulation");

    public static AnswerScale Scale { get; } = new(1m, 5m, 2);

    public static EvaluationInstrument Instrument(bool narrow = false) => new(
        [
            Q("B1", EvaluationDimension.Baseline, 1m, Dimension.Governance),
            Q("B2", EvaluationDimension.Baseline, 1m, Dimension.Living),
            Q("O1", EvaluationDimension.Output, 2m, narrow ? Dimension.Governance : Dimension.Economy),
            Q("O2", EvaluationDimension.Output, 1m, null),
            Q("C1", EvaluationDimension.Outcome, 3m, Dimension.Living),
            Q("C2", EvaluationDimension.Outcome, 1m, narrow ? Dimension.Living : Dimension.Society),
            Q("I1", EvaluationDimension.Impact, 1m, narrow ? Dimension.Governance : Dimension.Environment),
            Q("Q1", EvaluationDimension.QuickWin, 1m, Dimension.Governance),
        ],
        WeightPresets.Balanced.ToWeights(),
        Scale);

    /// <summary>The report's input: the 2025 cycle, with the ranking and the 2024 comparison when <paramref name="full"/>.</summary>
    public static EvaluationReportInput Input(bool full = true, bool narrow = false)
    {
        var instrument = Instrument(narrow);
        var cycle = Open(2025, instrument);
        var region = new RegionEvaluation(Region).WithSelfAssessment(cycle, EvaluationParty.Region,
        [
            new SelfAssessmentAnswer(Code("B1"), 4m, "Perbup 12/2022", ["ev-1"]),
            new SelfAssessmentAnswer(Code("O1"), 3m),
            new SelfAssessmentAnswer(Code("C1"), 3m),
            new SelfAssessmentAnswer(Code("Q1"), 5m),
        ]);
        cycle = cycle.StartVerification(EvaluationParty.Ministry);
        var quickWins = VerifiedScore.Prefilled(Code("Q1"), DataSource.Count(new LocalizedText("quick win terlaksana", "quick wins delivered"), 4, 5), Scale);
        var onSchedule = VerifiedScore.Prefilled(Code("I1"), DataSource.Percentage(new LocalizedText("program tepat jadwal", "programmes on schedule"), 0.6m), Scale);
        region = region
            .WithVerifiedScores(cycle, EvaluationParty.Evaluator,
            [
                VerifiedScore.ByEvaluator(Code("B1"), 3.5m, Hostile),
                VerifiedScore.ByEvaluator(Code("B2"), 4m),
                VerifiedScore.ByEvaluator(Code("O1"), 3m),
                VerifiedScore.ByEvaluator(Code("O2"), 4m),
                VerifiedScore.ByEvaluator(Code("C1"), 2.5m),
                VerifiedScore.ByEvaluator(Code("C2"), 4m),
                onSchedule.Override(3.25m, OverrideNote),
                quickWins.Confirm(),
            ])
            .WithFindings(cycle, EvaluationParty.Evaluator,
            [
                new Finding(FindingKind.Strength, Strength),
                new Finding(FindingKind.Weakness, Weakness, EvaluationDimension.Output, Dimension.Governance),
                new Finding(FindingKind.Recommendation, Recommendation, SmartCityDimension: Dimension.Governance),
            ]);
        var published = cycle.Publish(EvaluationParty.Ministry,
            [region, Evaluated(cycle, "33.14", 4m), Evaluated(cycle, "33.01", 3m), Evaluated(cycle, "35.07", 2m)]);
        var result = published.Results.Single(r => r.Region == Region);
        if (!full)
        {
            return new EvaluationReportInput(RegionName, published.Cycle, result, region);
        }

        var ranking = NationalRanking.Rank(new FiscalYear(2025), published.Results);
        var before = Open(2024, instrument).StartVerification(EvaluationParty.Ministry);
        var earlier = before.Publish(EvaluationParty.Ministry, [Evaluated(before, "33.13", 3m), Evaluated(before, "33.14", 3.5m), Evaluated(before, "33.01", 3.25m)]).Results;
        var change = YearOverYear.Compare(earlier.Single(r => r.Region == Region), result, NationalRanking.Rank(new FiscalYear(2024), earlier), ranking);
        return new EvaluationReportInput(RegionName, published.Cycle, result, region, ranking, change);
    }

    public static QuestionCode Code(string code) => new(code);

    private static Question Q(string code, EvaluationDimension dimension, decimal weight, Dimension? smartCity) =>
        new(Code(code), new LocalizedText($"Pertanyaan {code}", $"Question {code}"), dimension, weight, smartCity);

    private static EvaluationCycle Open(int year, EvaluationInstrument instrument) =>
        new EvaluationCycle(new FiscalYear(year), new LocalizedText($"Evaluasi Smart City {year}", $"Smart City Evaluation {year}"), instrument)
            .OpenSelfAssessment(EvaluationParty.Ministry);

    private static RegionEvaluation Evaluated(EvaluationCycle cycle, string region, decimal score) =>
        new RegionEvaluation(new RegionCode(region)).WithVerifiedScores(cycle, EvaluationParty.Evaluator,
            [.. cycle.Instrument.Questions.Select(q => VerifiedScore.ByEvaluator(q.Code, score))]);
}
