using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Assessment;

namespace Karsa.Web.Api;

/// <summary>A cycle's instrument: its questions, the five evaluation dimensions' weights (percent) and the answer scale.</summary>
/// <param name="Questions">The questions, in questionnaire order.</param>
/// <param name="Weights">Weights by evaluation dimension key (<c>baseline</c>, <c>output</c>, <c>outcome</c>, <c>impact</c>, <c>quickWin</c>).</param>
/// <param name="Minimum">The scale's lowest score.</param>
/// <param name="Maximum">The scale's highest score.</param>
/// <param name="Decimals">The decimals a score may have.</param>
public sealed record InstrumentBody(IReadOnlyList<QuestionBody>? Questions, IReadOnlyDictionary<string, decimal>? Weights, decimal? Minimum, decimal? Maximum, int? Decimals)
{
    /// <summary>The model's instrument; every refusal is collected with its path (<c>questions[i].weight</c>, <c>weights.baseline</c>, <c>minimum</c>...) and thrown together.</summary>
    public EvaluationInstrument ToInstrument()
    {
        List<Diagnostic> problems = [];
        var questions = (Questions ?? []).Select((q, i) => Collect(problems, $"questions[{i}]", q.ToQuestion)).ToList();
        var weights = Collect(problems, "weights", () =>
        {
            decimal Weight(EvaluationDimension d) => Weights?.GetValueOrDefault(d.Key()) ?? 0m;
            return new EvaluationWeights(Weight(EvaluationDimension.Baseline), Weight(EvaluationDimension.Output), Weight(EvaluationDimension.Outcome),
                Weight(EvaluationDimension.Impact), Weight(EvaluationDimension.QuickWin));
        });
        var scale = Collect(problems, "", () => new AnswerScale(Minimum ?? 0m, Maximum ?? 0m, Decimals ?? 0));
        return problems.Count > 0 || weights is null || scale is null || questions.Any(q => q is null)
            ? throw new DomainException(problems)
            : new EvaluationInstrument([.. questions!], weights, scale);
    }

    private static T? Collect<T>(List<Diagnostic> problems, string path, Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (DomainException refused)
        {
            problems.AddRange(path.Length == 0 ? refused.Problems : refused.Problems.Select(p => p.Within(path)));
            return null;
        }
    }
}

/// <summary>One question of an instrument.</summary>
/// <param name="Code">Its code, e.g. <c>OUT-01</c>.</param>
/// <param name="Text">What is asked, in Indonesian.</param>
/// <param name="TextEnglish">What is asked, in English.</param>
/// <param name="EvaluationDimension"><c>Baseline</c>, <c>Output</c>, <c>Outcome</c>, <c>Impact</c> or <c>QuickWin</c>.</param>
/// <param name="SmartCityDimension">One of the six smart-city dimensions, e.g. <c>Governance</c>; none when empty.</param>
/// <param name="Weight">Its weight within its evaluation dimension (&gt; 0).</param>
/// <param name="Guidance">Guidance for the region, in Indonesian.</param>
/// <param name="GuidanceEnglish">Guidance in English.</param>
/// <param name="Prefill">The fact of Karsa's data that prefills its score, e.g. <c>QuickWinsDelivered</c>; none when empty.</param>
public sealed record QuestionBody(string? Code, string? Text, string? TextEnglish, string? EvaluationDimension, string? SmartCityDimension, decimal? Weight,
    string? Guidance, string? GuidanceEnglish, string? Prefill)
{
    /// <summary>The model's question; a refusal is a <see cref="DomainException"/> with paths under the question.</summary>
    public Question ToQuestion()
    {
        var code = Under("code", () => new QuestionCode(Code ?? string.Empty));
        var dimension = Parse<EvaluationDimension>(EvaluationDimension, "evaluationDimension") ?? throw Missing("evaluationDimension");
        var guidance = string.IsNullOrWhiteSpace(Guidance) ? null : new LocalizedText(Guidance, Blank(GuidanceEnglish));
        if (string.IsNullOrWhiteSpace(Text))
        {
            throw Missing("text");
        }

        return new Question(code, new LocalizedText(Text, Blank(TextEnglish)), dimension, Weight ?? 0m, Parse<Dimension>(SmartCityDimension, "smartCityDimension"), guidance,
            Parse<PrefillFact>(Prefill, "prefill"));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static DomainException Missing(string path) => new(Problems.EmptyText().Under(path));

    private static TEnum? Parse<TEnum>(string? text, string path)
        where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null
        : Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value
        : throw new DomainException(Problems.WrongType(string.Join(", ", Enum.GetNames<TEnum>()), text).Under(path));

    private static T Under<T>(string path, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (DomainException refused)
        {
            throw new DomainException([.. refused.Problems.Select(p => p.Under(path))]);
        }
    }
}
