using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;
using Karsa.Monitoring.Evaluation.Scoring;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Storage.Evaluation;

/// <summary>Turns the evaluation model into rows and back; enums are stored by name.</summary>
internal static class EvaluationRows
{
    public static void Write(EvaluationCycleRecord row, EvaluationCycle cycle)
    {
        var (instrument, weights) = (cycle.Instrument, cycle.Instrument.Weights);
        (row.FiscalYear, row.Title, row.TitleEnglish, row.State) = (cycle.Year.Value, cycle.Title.Indonesian, cycle.Title.English, cycle.State.ToString());
        (row.ScaleMinimum, row.ScaleMaximum, row.ScaleDecimals) = (instrument.Scale.Minimum, instrument.Scale.Maximum, instrument.Scale.Decimals);
        (row.WeightBaseline, row.WeightOutput, row.WeightOutcome, row.WeightImpact, row.WeightQuickWin) =
            (weights.Baseline, weights.Output, weights.Outcome, weights.Impact, weights.QuickWin);
        row.Questions = [.. instrument.Questions.Select((q, i) => new EvaluationQuestionRecord
        {
            Position = i,
            Code = q.Code.Value,
            Text = q.Text.Indonesian,
            TextEnglish = q.Text.English,
            EvaluationDimension = q.EvaluationDimension.ToString(),
            SmartCityDimension = q.SmartCityDimension?.ToString(),
            Weight = q.Weight,
            Guidance = q.Guidance?.Indonesian,
            GuidanceEnglish = q.Guidance?.English,
            Prefill = q.Prefill?.ToString(),
        })];
    }

    public static EvaluationCycle Cycle(EvaluationCycleRecord row)
    {
        var questions = row.Questions.OrderBy(q => q.Position).Select(q => new Question(
            new QuestionCode(q.Code), new LocalizedText(q.Text, q.TextEnglish), Enum.Parse<EvaluationDimension>(q.EvaluationDimension), q.Weight,
            q.SmartCityDimension is null ? null : Enum.Parse<Dimension>(q.SmartCityDimension),
            q.Guidance is null ? null : new LocalizedText(q.Guidance, q.GuidanceEnglish),
            q.Prefill is null ? null : Enum.Parse<PrefillFact>(q.Prefill)));
        var instrument = new EvaluationInstrument([.. questions],
            new EvaluationWeights(row.WeightBaseline, row.WeightOutput, row.WeightOutcome, row.WeightImpact, row.WeightQuickWin),
            Scale(row));
        return EvaluationCycle.Restore(new FiscalYear(row.FiscalYear), new LocalizedText(row.Title, row.TitleEnglish), instrument, Enum.Parse<CycleState>(row.State));
    }

    public static AnswerScale Scale(EvaluationCycleRecord row) => new(row.ScaleMinimum, row.ScaleMaximum, row.ScaleDecimals);

    public static IEnumerable<SelfAssessmentAnswerRecord> Answers(long cycle, RegionCode region, IReadOnlyList<SelfAssessmentAnswer> answers, Stamp stamp) =>
        answers.Select((a, i) => new SelfAssessmentAnswerRecord
        {
            CycleId = cycle,
            RegionCode = region.Value,
            Position = i,
            QuestionCode = a.Question.Value,
            Score = a.Score,
            Explanation = a.Explanation,
            Evidence = string.Join('\n', a.Evidence),
            AnsweredBy = stamp.By,
            AnsweredAt = stamp.At,
        });

    public static SelfAssessmentAnswer Answer(SelfAssessmentAnswerRecord row) => new(new QuestionCode(row.QuestionCode), row.Score, row.Explanation,
        row.Evidence.Length == 0 ? default : [.. row.Evidence.Split('\n')]);

    public static IEnumerable<VerifiedScoreRecord> Scores(long cycle, RegionCode region, IReadOnlyList<VerifiedScore> scores, Stamp stamp) =>
        scores.Select((s, i) => new VerifiedScoreRecord
        {
            CycleId = cycle,
            RegionCode = region.Value,
            Position = i,
            QuestionCode = s.Question.Value,
            Score = s.Score,
            Note = s.Note,
            State = s.State.ToString(),
            Source = s.Source?.Description.Indonesian,
            SourceEnglish = s.Source?.Description.English,
            SourceShare = s.Source?.Share,
            ScoredBy = stamp.By,
            ScoredAt = stamp.At,
        });

    public static VerifiedScore Score(VerifiedScoreRecord row) => VerifiedScore.Restore(new QuestionCode(row.QuestionCode), row.Score, row.Note,
        Enum.Parse<ScoreState>(row.State),
        row.Source is null || row.SourceShare is not { } share ? null : new DataSource(new LocalizedText(row.Source, row.SourceEnglish), share));

    public static IEnumerable<FindingRecord> Findings(long cycle, RegionCode region, IReadOnlyList<Finding> findings) =>
        findings.Select((f, i) => new FindingRecord
        {
            CycleId = cycle,
            RegionCode = region.Value,
            Position = i,
            Kind = f.Kind.ToString(),
            Text = f.Text.Indonesian,
            TextEnglish = f.Text.English,
            EvaluationDimension = f.EvaluationDimension?.ToString(),
            SmartCityDimension = f.SmartCityDimension?.ToString(),
        });

    public static Finding Finding(FindingRecord row) => new(Enum.Parse<FindingKind>(row.Kind), new LocalizedText(row.Text, row.TextEnglish),
        row.EvaluationDimension is null ? null : Enum.Parse<EvaluationDimension>(row.EvaluationDimension),
        row.SmartCityDimension is null ? null : Enum.Parse<Dimension>(row.SmartCityDimension));

    public static EvaluationResultRecord Result(long cycle, PublishedEvaluation result, DateTimeOffset at) => new()
    {
        CycleId = cycle,
        FiscalYear = result.Year.Value,
        RegionCode = result.Region.Value,
        Overall = result.Index.Overall,
        PublishedAt = at,
        Indices =
        [
            .. result.Index.ByEvaluationDimension.Select(i => IndexRow(ResultIndexRecord.EvaluationFamily, i)),
            .. result.Index.BySmartCityDimension.Select(i => IndexRow(ResultIndexRecord.SmartCityFamily, i)),
        ],
    };

    private static ResultIndexRecord IndexRow<T>(string family, DimensionIndex<T> index)
        where T : struct, Enum => new() { Family = family, Dimension = index.Dimension.ToString(), Index = index.Index, Questions = index.Questions, Unanswered = index.Unanswered };

    public static PublishedEvaluation Published(EvaluationResultRecord row, AnswerScale scale, ValueList<Finding> findings)
    {
        DimensionIndex<T> Index<T>(ResultIndexRecord i)
            where T : struct, Enum => new(Enum.Parse<T>(i.Dimension), i.Index, i.Questions, i.Unanswered);
        var byEvaluation = row.Indices.Where(i => i.Family == ResultIndexRecord.EvaluationFamily).Select(Index<EvaluationDimension>).OrderBy(i => i.Dimension);
        var bySmartCity = row.Indices.Where(i => i.Family == ResultIndexRecord.SmartCityFamily).Select(Index<Dimension>).OrderBy(i => i.Dimension);
        return new PublishedEvaluation(new RegionCode(row.RegionCode), new FiscalYear(row.FiscalYear), scale,
            new EvaluationIndex(row.Overall, [.. byEvaluation], [.. bySmartCity]), findings);
    }
}

/// <summary>Who wrote and when (UTC).</summary>
/// <param name="By">The user's name.</param>
/// <param name="At">The moment, in UTC.</param>
internal sealed record Stamp(string By, DateTimeOffset At);
