using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;

namespace Karsa.Web.Api;

/// <summary>A new evaluation cycle: year, name, weight preset and the weights the preset leaves open.</summary>
/// <param name="Year">The fiscal year evaluated.</param>
/// <param name="Title">The name in Indonesian.</param>
/// <param name="TitleEnglish">The name in English.</param>
/// <param name="Preset">The weight preset's key.</param>
/// <param name="Baseline">The Baseline weight, when the preset leaves it open.</param>
/// <param name="Output">The Output weight, when the preset leaves it open.</param>
public sealed record NewCycleBody(int? Year, string? Title, string? TitleEnglish, string? Preset, decimal? Baseline, decimal? Output)
{
    /// <summary>The use case's input (domain refusals throw, with their paths).</summary>
    public NewCycle ToNewCycle()
    {
        var filled = new Dictionary<EvaluationDimension, decimal>();
        if (Baseline is { } baseline)
        {
            filled[EvaluationDimension.Baseline] = baseline;
        }

        if (Output is { } output)
        {
            filled[EvaluationDimension.Output] = output;
        }

        return new NewCycle(new FiscalYear(Year ?? 0), new LocalizedText(Title ?? string.Empty, TitleEnglish), Preset ?? string.Empty, filled);
    }
}

/// <summary>A cycle's move: <c>open</c>, <c>verify</c> or <c>publish</c>.</summary>
/// <param name="Move">The move.</param>
public sealed record CycleMoveBody(string? Move);

/// <summary>A region's self-assessment: one answer per question.</summary>
/// <param name="Answers">The answers.</param>
public sealed record SelfAssessmentBody(IReadOnlyList<AnswerBody>? Answers)
{
    /// <summary>The answers as the model's.</summary>
    public ValueList<SelfAssessmentAnswer> ToAnswers() =>
        [.. (Answers ?? []).Select(a => new SelfAssessmentAnswer(new QuestionCode(a.Question ?? string.Empty), a.Score ?? 0m, a.Explanation, [.. a.Evidence ?? []]))];
}

/// <summary>One answer.</summary>
/// <param name="Question">The question code.</param>
/// <param name="Score">The region's score.</param>
/// <param name="Explanation">Why.</param>
/// <param name="Evidence">Evidence file ids.</param>
public sealed record AnswerBody(string? Question, decimal? Score, string? Explanation, IReadOnlyList<string>? Evidence);

/// <summary>The evaluator's decisions on a region's scores.</summary>
/// <param name="Decisions">One per question decided.</param>
public sealed record ScoreDecisionsBody(IReadOnlyList<ScoreDecisionBody>? Decisions)
{
    /// <summary>The decisions as the use case's.</summary>
    public IReadOnlyList<ScoreDecision> ToDecisions() =>
        [.. (Decisions ?? []).Select(d => new ScoreDecision(new QuestionCode(d.Question ?? string.Empty), d.Score, d.Note, d.Confirm))];
}

/// <summary>One decision: a score (overriding a prefill needs a note) or a confirmation of the prefill.</summary>
/// <param name="Question">The question code.</param>
/// <param name="Score">The evaluator's score, if any.</param>
/// <param name="Note">The evaluator's note.</param>
/// <param name="Confirm">True to accept the prefilled score.</param>
public sealed record ScoreDecisionBody(string? Question, decimal? Score, string? Note, bool Confirm);

/// <summary>The evaluator's findings about a region.</summary>
/// <param name="Findings">Strengths, weaknesses and recommendations, in order.</param>
public sealed record FindingsBody(IReadOnlyList<FindingBody>? Findings)
{
    /// <summary>The findings as the model's; an unknown kind is refused by <see cref="Enum.Parse{TEnum}(string, bool)"/> as bad input.</summary>
    public ValueList<Finding> ToFindings() =>
        [.. (Findings ?? []).Select(f => new Finding(Enum.TryParse<FindingKind>(f.Kind, ignoreCase: true, out var kind) ? kind : throw new FormatException($"finding kind '{f.Kind}'"),
            new LocalizedText(f.Text ?? string.Empty, f.TextEnglish)))];
}

/// <summary>One finding.</summary>
/// <param name="Kind"><c>strength</c>, <c>weakness</c> or <c>recommendation</c>.</param>
/// <param name="Text">The finding in Indonesian.</param>
/// <param name="TextEnglish">The finding in English.</param>
public sealed record FindingBody(string? Kind, string? Text, string? TextEnglish);
