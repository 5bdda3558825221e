using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Workflow;
using static Karsa.Monitoring.Tests.Evaluation.SmallInstrument;

namespace Karsa.Monitoring.Tests.Evaluation;

/// <summary>Every refusal of the instrument, the weights, the scale and the scores, at the path of its field.</summary>
public class InstrumentValidationTests
{
    [Fact]
    public void Weights_at_or_below_zero_are_each_refused_at_their_dimension()
    {
        Assert.Equal([("KRS016", "output"), ("KRS016", "quickWin")], Refused.By(() => new EvaluationWeights(40m, 0m, 30m, 40m, -10m)));
    }

    [Theory]
    [InlineData(10, 20, 30, 30, 11, "101")]
    [InlineData(10, 20, 30, 20, 10, "90")]
    public void Weights_must_add_up_to_100(int baseline, int output, int outcome, int impact, int quickWin, string sum)
    {
        var problem = Assert.Throws<Domain.Diagnostics.DomainException>(() => new EvaluationWeights(baseline, output, outcome, impact, quickWin)).Problems.Single();

        Assert.Equal(("KRS130", ""), (problem.Code, problem.Path));
        Assert.Contains($"add up to {sum},", problem.Message.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void The_balanced_preset_publishes_all_five_weights()
    {
        var weights = WeightPresets.Balanced.ToWeights();

        Assert.Empty(WeightPresets.Balanced.Unpublished);
        Assert.Equal([10m, 20m, 30m, 30m, 10m], EvaluationDimensions.All.Select(weights.Of));
    }

    [Fact]
    public void The_results_focused_preset_needs_baseline_and_output_filled_and_keeps_what_was_published()
    {
        var preset = WeightPresets.ResultsFocused;

        Assert.Equal([EvaluationDimension.Baseline, EvaluationDimension.Output], preset.Unpublished);
        Assert.Equal([("KRS004", "weights.baseline"), ("KRS004", "weights.output")], Refused.By(() => preset.ToWeights()));
        Assert.Equal([("KRS006", "weights.impact")], Refused.By(() => preset.ToWeights(Fill(15m, 15m, impact: 25m))));
        Assert.Equal([("KRS130", "weights")], Refused.By(() => preset.ToWeights(Fill(20m, 20m))));
        Assert.Equal([15m, 15m, 30m, 20m, 20m], EvaluationDimensions.All.Select(preset.ToWeights(Fill(15m, 15m)).Of));
    }

    [Fact]
    public void A_question_weight_at_zero_is_refused_at_weight()
    {
        Assert.Equal([("KRS016", "weight")], Refused.By(() => Q("B9", EvaluationDimension.Baseline, 0m)));
    }

    [Fact]
    public void A_question_code_used_twice_is_refused_at_the_second_with_the_first_named()
    {
        ValueList<Question> questions = [.. Instrument().Questions, Q("O1", EvaluationDimension.Impact, 1m, Dimension.Economy)];

        var problem = Assert.Throws<Domain.Diagnostics.DomainException>(() => new EvaluationInstrument(questions, WeightPresets.Balanced.ToWeights(), Scale)).Problems.Single();

        Assert.Equal(("KRS131", "questions[8].code"), (problem.Code, problem.Path));
        Assert.Contains("first at questions[2]", problem.Message.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void An_evaluation_dimension_without_a_question_is_refused()
    {
        ValueList<Question> questions = [.. Instrument().Questions.Where(q => q.EvaluationDimension != EvaluationDimension.Impact)];

        Assert.Equal([("KRS132", "questions")], Refused.By(() => new EvaluationInstrument(questions, WeightPresets.Balanced.ToWeights(), Scale)));
    }

    [Theory]
    [InlineData(1, 1, 0, "maximum")]
    [InlineData(5, 1, 0, "maximum")]
    [InlineData(1, 5, 5, "decimals")]
    [InlineData(1, 5, -1, "decimals")]
    [InlineData(0.5, 5, 0, "minimum")]
    [InlineData(1, 4.25, 1, "maximum")]
    public void A_scale_that_is_not_one_is_refused_at_its_field(decimal minimum, decimal maximum, int decimals, string path)
    {
        Assert.Equal([("KRS016", path)], Refused.By(() => new AnswerScale(minimum, maximum, decimals)));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(3.25, true)]
    [InlineData(0.99, false)]
    [InlineData(5.01, false)]
    [InlineData(3.125, false)]
    public void A_score_is_on_the_scale_within_its_bounds_and_decimals(decimal score, bool holds)
    {
        Assert.Equal(holds, Scale.Holds(score));
    }

    [Fact]
    public void Self_assessment_answers_are_checked_against_the_instrument_at_their_paths()
    {
        var cycle = new EvaluationCycle(new FiscalYear(2025), new LocalizedText("Evaluasi"), Instrument()).OpenSelfAssessment(EvaluationParty.Ministry);
        ValueList<SelfAssessmentAnswer> answers = [new(Code("ZZ"), 3m), new(Code("B1"), 5.5m), new(Code("B1"), 2m)];

        var problems = Refused.By(() => new RegionEvaluation(new RegionCode("33.13")).WithSelfAssessment(cycle, EvaluationParty.Region, answers));

        Assert.Equal([("KRS134", "selfAssessment[0].question"), ("KRS133", "selfAssessment[1].score"), ("KRS006", "selfAssessment[2].question")], problems);
    }

    [Fact]
    public void Verified_scores_are_checked_against_the_instrument_at_their_paths()
    {
        ValueList<VerifiedScore> scores = [VerifiedScore.ByEvaluator(Code("C1"), 0m)];

        Assert.Equal([("KRS133", "verified[0].score")],
            Refused.By(() => new RegionEvaluation(new RegionCode("33.13")).WithVerifiedScores(InVerification(2025), EvaluationParty.Evaluator, scores)));
    }

    [Fact]
    public void A_blank_evidence_id_is_refused_at_its_place()
    {
        Assert.Equal([("KRS007", "evidence[1]")], Refused.By(() => new SelfAssessmentAnswer(Code("B1"), 3m, evidence: ["ev-1", " "])));
    }

    [Fact]
    public void Publishing_needs_every_question_verified_every_prefill_confirmed_and_each_region_once()
    {
        var cycle = InVerification(2025);
        var prefilled = VerifiedScore.Prefilled(Code("Q1"), new DataSource(new LocalizedText("anggaran terealisasi"), 0.5m), Scale);
        var incomplete = new RegionEvaluation(new RegionCode("33.13"))
            .WithVerifiedScores(cycle, EvaluationParty.Evaluator, [.. All(3m).Where(s => s.Question.Value is not "O2" and not "Q1"), prefilled]);
        var complete = new RegionEvaluation(new RegionCode("33.14")).WithVerifiedScores(cycle, EvaluationParty.Evaluator, All(3m));

        var problems = Refused.By(() => cycle.Publish(EvaluationParty.Ministry, [incomplete, complete, complete]));

        Assert.Equal(
            [("KRS136", "evaluations[33.13].verified[O2]"), ("KRS137", "evaluations[33.13].verified[Q1]"), ("KRS139", "evaluations[2].region")],
            problems);
    }

    private static Dictionary<EvaluationDimension, decimal> Fill(decimal baseline, decimal output, decimal? impact = null)
    {
        var fill = new Dictionary<EvaluationDimension, decimal> { [EvaluationDimension.Baseline] = baseline, [EvaluationDimension.Output] = output };
        if (impact is { } value)
        {
            fill[EvaluationDimension.Impact] = value;
        }

        return fill;
    }
}
