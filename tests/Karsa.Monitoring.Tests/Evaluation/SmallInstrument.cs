using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Monitoring.Tests.Evaluation;

/// <summary>
/// The small instrument the tests score by hand: eight questions on a 1-5 scale with two decimals,
/// weighted 10/20/30/30/10.
/// <code>
/// code  evaluation  weight  smart city
/// B1    Baseline    1       Governance
/// B2    Baseline    1       Living
/// O1    Output      2       Governance
/// O2    Output      1       -
/// C1    Outcome     3       Living
/// C2    Outcome     1       Governance
/// I1    Impact      1       Living
/// Q1    QuickWin    1       Governance
/// </code>
/// </summary>
internal static class SmallInstrument
{
    public static readonly string[] Codes = ["B1", "B2", "O1", "O2", "C1", "C2", "I1", "Q1"];

    public static AnswerScale Scale { get; } = new(1m, 5m, 2);

    public static EvaluationInstrument Instrument(EvaluationWeights? weights = null) => new(
        [
            Q("B1", EvaluationDimension.Baseline, 1m, Dimension.Governance),
            Q("B2", EvaluationDimension.Baseline, 1m, Dimension.Living),
            Q("O1", EvaluationDimension.Output, 2m, Dimension.Governance),
            Q("O2", EvaluationDimension.Output, 1m),
            Q("C1", EvaluationDimension.Outcome, 3m, Dimension.Living),
            Q("C2", EvaluationDimension.Outcome, 1m, Dimension.Governance),
            Q("I1", EvaluationDimension.Impact, 1m, Dimension.Living),
            Q("Q1", EvaluationDimension.QuickWin, 1m, Dimension.Governance),
        ],
        weights ?? WeightPresets.Balanced.ToWeights(),
        Scale);

    public static Question Q(string code, EvaluationDimension dimension, decimal weight, Dimension? smartCity = null) =>
        new(new QuestionCode(code), new LocalizedText($"Pertanyaan {code}", $"Question {code}"), dimension, weight, smartCity);

    public static QuestionCode Code(string code) => new(code);

    /// <summary>The evaluator's score for each question, in <see cref="Codes"/> order.</summary>
    public static ValueList<VerifiedScore> Scores(params decimal[] scores) =>
        [.. Codes.Zip(scores, (code, score) => VerifiedScore.ByEvaluator(Code(code), score))];

    /// <summary>The same score for every question.</summary>
    public static ValueList<VerifiedScore> All(decimal score) => Scores([.. Codes.Select(_ => score)]);

    /// <summary>A cycle of <paramref name="year"/> moved to verification.</summary>
    public static EvaluationCycle InVerification(int year) =>
        new EvaluationCycle(new FiscalYear(year), new LocalizedText($"Evaluasi {year}"), Instrument())
            .OpenSelfAssessment(EvaluationParty.Ministry)
            .StartVerification(EvaluationParty.Ministry);

    /// <summary>A cycle of <paramref name="year"/> run through to publication with these verified scores per region.</summary>
    public static PublishedCycle Published(int year, params (string Region, ValueList<VerifiedScore> Scores)[] regions)
    {
        var cycle = InVerification(year);
        return cycle.Publish(EvaluationParty.Ministry,
            [.. regions.Select(r => new RegionEvaluation(new RegionCode(r.Region)).WithVerifiedScores(cycle, EvaluationParty.Evaluator, r.Scores))]);
    }
}
