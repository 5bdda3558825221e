using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Scoring;

namespace Karsa.Documents.Evaluation;

/// <summary>
/// The report's numbers, in Indonesian form in both languages as in the book ("3,31"). Indices and
/// changes are rounded only by the model's <see cref="IndexDisplay"/>; nothing is rounded here.
/// </summary>
public static class ReportNumbers
{
    /// <summary>An index as published: two decimals, "3,30".</summary>
    public static string Index(decimal index) => IndexDisplay.Format(index, Language.Indonesian);

    /// <summary>A change of an index, signed: "+0,30", "-0,05", "0,00".</summary>
    public static string Change(decimal delta) => IndexDisplay.FormatChange(delta, Language.Indonesian);

    /// <summary>A score with the scale's decimals: "3,50" on a two-decimal scale.</summary>
    public static string Score(decimal score, AnswerScale scale) => IndexDisplay.Format(score, Language.Indonesian, scale.Decimals);

    /// <summary>A weight in percent: "30%", "12,5%".</summary>
    public static string Percent(decimal percent) => IndonesianNumbers.FormatDecimal(percent) + "%";

    /// <summary>A number given as it is (a question weight, a scale bound), trailing zeros dropped: "2", "1,5".</summary>
    public static string Exact(decimal value) => IndonesianNumbers.FormatDecimal(value, 28);
}
