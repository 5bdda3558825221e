using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation;

/// <summary>
/// What a cycle asks and how it scores: the questions, the weights of the evaluation dimensions and
/// the answer scale. Invariants: question codes are unique (KRS131 at <c>questions[i].code</c>) and
/// every evaluation dimension, each having a weight, has at least one question (KRS132 at <c>questions</c>).
/// </summary>
public sealed record EvaluationInstrument
{
    /// <summary>Creates an instrument, reporting every problem at once.</summary>
    public EvaluationInstrument(ValueList<Question> questions, EvaluationWeights weights, AnswerScale scale)
    {
        List<Diagnostic> problems = [];
        Dictionary<QuestionCode, int> first = [];
        for (var i = 0; i < questions.Count; i++)
        {
            if (!first.TryAdd(questions[i].Code, i))
            {
                problems.Add(Problems.DuplicateQuestion(questions[i].Code.Value, $"questions[{first[questions[i].Code]}]").Under($"questions[{i}].code"));
            }
        }

        problems.AddRange(EvaluationDimensions.All
            .Where(dimension => !questions.Any(q => q.EvaluationDimension == dimension))
            .Select(dimension => Problems.EvaluationDimensionWithoutQuestion(dimension.Name()).Under("questions")));
        Refusal.ThrowIfAny(problems);
        (Questions, Weights, Scale) = (questions, weights, scale);
    }

    /// <summary>The questions, in the order the questionnaire shows them.</summary>
    public ValueList<Question> Questions { get; }

    /// <summary>The weight of each evaluation dimension in the overall index.</summary>
    public EvaluationWeights Weights { get; }

    /// <summary>The scale every answer and score is on.</summary>
    public AnswerScale Scale { get; }

    /// <summary>The question with <paramref name="code"/>, or null.</summary>
    public Question? Find(QuestionCode code) => Questions.FirstOrDefault(q => q.Code == code);
}
