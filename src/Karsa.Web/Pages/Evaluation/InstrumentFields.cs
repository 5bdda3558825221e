using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Monitoring.Evaluation;
using Karsa.Web.Api;
using Karsa.Web.Pages.Progress;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>A cycle's instrument as the form shows and sends it (text, so nothing typed is lost on an error); built into the API's <see cref="InstrumentBody"/>.</summary>
public sealed class InstrumentFields
{
    /// <summary>Blank question rows offered for adding questions without scripts.</summary>
    public const int BlankRows = 2;

    /// <summary>The question rows; a row with neither code nor text is left out.</summary>
    public List<QuestionFields> Questions { get; set; } = [];

    /// <summary>The weights as typed, by evaluation dimension key.</summary>
    public Dictionary<string, string?> Weights { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The scale's lowest score.</summary>
    public string? Minimum { get; set; }

    /// <summary>The scale's highest score.</summary>
    public string? Maximum { get; set; }

    /// <summary>The decimals a score may have.</summary>
    public string? Decimals { get; set; }

    /// <summary>The fields of <paramref name="instrument"/>.</summary>
    public static InstrumentFields Of(EvaluationInstrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return new()
        {
            Questions = [.. instrument.Questions.Select(QuestionFields.Of)],
            Weights = EvaluationDimensions.All.ToDictionary(d => d.Key(), d => (string?)FormNumbers.Text(instrument.Weights.Of(d)), StringComparer.Ordinal),
            Minimum = FormNumbers.Text(instrument.Scale.Minimum),
            Maximum = FormNumbers.Text(instrument.Scale.Maximum),
            Decimals = instrument.Scale.Decimals.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>
    /// The instrument; problems are thrown at the form's paths: <c>questions[i]...</c> with <c>i</c> the
    /// row on the form (rows left out do not shift the others), <c>weights.KEY</c>, <c>minimum</c>...
    /// </summary>
    public EvaluationInstrument ToInstrument()
    {
        List<Diagnostic> problems = [];
        var rows = Questions.Select((q, i) => (q, i)).Where(r => !r.q.IsBlank).ToList();
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (key, text) in Weights)
        {
            if (Number(text, "weights." + key, problems) is { } weight)
            {
                weights[key] = weight;
            }
        }

        var body = new InstrumentBody([.. rows.Select(r => r.q.ToBody(r.i, problems))], weights, Number(Minimum, "minimum", problems), Number(Maximum, "maximum", problems),
            int.TryParse(Decimals?.Trim(), CultureInfo.InvariantCulture, out var decimals) ? decimals : Missing(Decimals, "decimals", problems));
        EvaluationInstrument instrument;
        try
        {
            instrument = body.ToInstrument();
        }
        catch (DomainException refused)
        {
            throw new DomainException([.. problems, .. refused.Problems.Select(p => FormRows.OnForm(p, "questions", "questions", [.. rows.Select(r => r.i)]))]);
        }

        return problems.Count > 0 ? throw new DomainException(problems) : instrument;
    }

    /// <summary>A number typed, or null with a problem at <paramref name="path"/> (blank is null without a problem: the model says what is missing).</summary>
    public static decimal? Number(string? text, string path, List<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var value = FormNumbers.Parse(text);
        if (value is null)
        {
            problems.Add(FormNumbers.NotANumber(path, text));
        }

        return value;
    }

    private static int? Missing(string? text, string path, List<Diagnostic> problems)
    {
        Number(text, path, problems);
        return null;
    }
}

/// <summary>One question row as typed.</summary>
public sealed class QuestionFields
{
    /// <summary>The code.</summary>
    public string? Code { get; set; }

    /// <summary>The text in Indonesian.</summary>
    public string? Text { get; set; }

    /// <summary>The text in English.</summary>
    public string? TextEnglish { get; set; }

    /// <summary>The evaluation dimension's name.</summary>
    public string? EvaluationDimension { get; set; }

    /// <summary>The smart-city dimension's name, or blank.</summary>
    public string? SmartCityDimension { get; set; }

    /// <summary>The weight as typed.</summary>
    public string? Weight { get; set; }

    /// <summary>The prefill fact's name, or blank.</summary>
    public string? Prefill { get; set; }

    /// <summary>Guidance in Indonesian.</summary>
    public string? Guidance { get; set; }

    /// <summary>True when neither code nor text was typed.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Text);

    /// <summary>The fields of <paramref name="question"/>.</summary>
    public static QuestionFields Of(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new()
        {
            Code = question.Code.Value,
            Text = question.Text.Indonesian,
            TextEnglish = question.Text.English,
            EvaluationDimension = question.EvaluationDimension.ToString(),
            SmartCityDimension = question.SmartCityDimension?.ToString(),
            Weight = FormNumbers.Text(question.Weight),
            Prefill = question.Prefill?.ToString(),
            Guidance = question.Guidance?.Indonesian,
        };
    }

    /// <summary>The API body of this row (row <paramref name="row"/> on the form); a weight that is no number is a problem at <c>questions[row].weight</c>.</summary>
    public QuestionBody ToBody(int row, List<Diagnostic> problems) =>
        new(Code?.Trim(), Text?.Trim(), TextEnglish?.Trim(), EvaluationDimension, SmartCityDimension, InstrumentFields.Number(Weight, $"questions[{row}].weight", problems),
            Guidance?.Trim(), null, Prefill);
}
