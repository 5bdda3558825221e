using Karsa.Application.Monitoring;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;

namespace Karsa.Application.Evaluation;

/// <summary>
/// Turns a region's measured facts into the data source of each prefillable question. A fact whose
/// total is zero (no quick wins planned, nothing scheduled, nothing budgeted, no indicators) prefills
/// nothing: the evaluator scores that question by hand. Budget realised above the plan counts as 100 %.
/// </summary>
public static class Prefills
{
    /// <summary>The source of <paramref name="fact"/> in <paramref name="facts"/>, or null when its total is zero.</summary>
    public static DataSource? SourceOf(PrefillFact fact, MonitoringFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return fact switch
        {
            PrefillFact.QuickWinsDelivered => Count(fact, facts.QuickWinsDelivered, facts.QuickWins),
            PrefillFact.ProgrammesOnSchedule => Count(fact, facts.ProgrammesOnSchedule, facts.ProgrammesScheduled),
            PrefillFact.IndicatorsReported => Count(fact, facts.IndicatorsReported, facts.Indicators),
            _ => facts.PlannedRupiah <= 0 ? null
                : DataSource.Percentage(fact.Name(), Math.Min(1m, Math.Max(0m, (decimal)facts.RealisedRupiah / facts.PlannedRupiah))),
        };
    }

    /// <summary>
    /// <paramref name="scores"/> with every prefillable question of <paramref name="instrument"/> that has
    /// no score yet, or only an unconfirmed prefill, prefilled afresh from <paramref name="facts"/>.
    /// Scores the evaluator gave, confirmed or overrode are kept as they are.
    /// </summary>
    public static IReadOnlyList<VerifiedScore> Apply(EvaluationInstrument instrument, IReadOnlyList<VerifiedScore> scores, MonitoringFacts facts)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        var byQuestion = scores.ToDictionary(s => s.Question);
        foreach (var question in instrument.Questions)
        {
            if (question.Prefill is { } fact && SourceOf(fact, facts) is { } source
                && (!byQuestion.TryGetValue(question.Code, out var current) || current.State == ScoreState.Prefilled))
            {
                byQuestion[question.Code] = VerifiedScore.Prefilled(question.Code, source, instrument.Scale);
            }
        }

        return [.. instrument.Questions.Where(q => byQuestion.ContainsKey(q.Code)).Select(q => byQuestion[q.Code])];
    }

    private static DataSource? Count(PrefillFact fact, int count, int total) =>
        total <= 0 ? null : DataSource.Count(fact.Name(), Math.Clamp(count, 0, total), total);
}
