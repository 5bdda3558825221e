using Karsa.Domain.Diagnostics;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;

namespace Karsa.Application.Evaluation;

/// <summary>
/// Applies the evaluator's decisions to a region's scores, in the instrument's order:
/// <list type="bullet">
/// <item>a question scored from data (prefilled, confirmed or overridden): the same score with
/// <c>Confirm</c> confirms a pending prefill; another score overrides it and needs a note (KRS007 at
/// <c>decisions[i].note</c>); the same score without <c>Confirm</c> changes nothing;</item>
/// <item>any other question: a score is the evaluator's own;</item>
/// <item>no score: <c>Confirm</c> confirms a pending prefill; otherwise nothing changes.</item>
/// </list>
/// </summary>
internal static class ScoreDecisions
{
    public static IReadOnlyList<VerifiedScore> Apply(EvaluationInstrument instrument, IReadOnlyList<VerifiedScore> scores, IReadOnlyList<ScoreDecision> decisions)
    {
        var byQuestion = scores.ToDictionary(s => s.Question);
        List<Diagnostic> problems = [];
        for (var i = 0; i < decisions.Count; i++)
        {
            byQuestion.TryGetValue(decisions[i].Question, out var current);
            try
            {
                if (Decide(current, decisions[i]) is { } decided)
                {
                    byQuestion[decisions[i].Question] = decided;
                }
            }
            catch (DomainException refused)
            {
                problems.AddRange(refused.Problems.Select(p => p.Within($"decisions[{i}]")));
            }
        }

        if (problems.Count > 0)
        {
            throw new DomainException(problems);
        }

        // A question the instrument lacks stays at the end, so the model's check names it (KRS134).
        var order = instrument.Questions.Select((q, i) => (q.Code, i)).ToDictionary(p => p.Code, p => p.i);
        return [.. byQuestion.Values.OrderBy(s => order.GetValueOrDefault(s.Question, int.MaxValue))];
    }

    private static VerifiedScore? Decide(VerifiedScore? current, ScoreDecision decision)
    {
        var pending = current is { State: ScoreState.Prefilled };
        if (decision.Score is not { } score)
        {
            return decision.Confirm && pending ? current!.Confirm(decision.Note) : null;
        }

        if (current?.Source is null)
        {
            return VerifiedScore.ByEvaluator(decision.Question, score, decision.Note);
        }

        if (score == current.Score)
        {
            return decision.Confirm && pending ? current.Confirm(decision.Note) : null;
        }

        return current.Override(score, decision.Note ?? string.Empty);
    }
}
