using Karsa.Domain.Diagnostics;

namespace Karsa.Monitoring.Evaluation.Assessment;

/// <summary>
/// The one check of a list of per-question scores (self-assessment answers or verified scores)
/// against an instrument: each names a question of it (KRS134), at most once (KRS006), with a score
/// on its scale (KRS133); paths <c>SECTION[i].question</c> and <c>SECTION[i].score</c>.
/// </summary>
internal static class ScoreChecks
{
    public static IReadOnlyList<Diagnostic> Check<T>(EvaluationInstrument instrument, IReadOnlyList<T> items,
        Func<T, QuestionCode> question, Func<T, decimal> score, string section)
    {
        List<Diagnostic> problems = [];
        HashSet<QuestionCode> seen = [];
        for (var i = 0; i < items.Count; i++)
        {
            var code = question(items[i]);
            if (instrument.Find(code) is null)
            {
                problems.Add(Problems.UnknownQuestion(code.Value).Under($"{section}[{i}].question"));
            }
            else if (!seen.Add(code))
            {
                problems.Add(Problems.DuplicateKey(code.Value).Under($"{section}[{i}].question"));
            }

            if (instrument.Scale.Problem(score(items[i]), $"{section}[{i}].score") is { } offScale)
            {
                problems.Add(offScale);
            }
        }

        return problems;
    }
}
