using System.Globalization;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.Scoring;

/// <summary>
/// The only place an index is rounded: for display (reports, pages, exports), half away from zero to
/// two decimals as the ministry publishes them (3.31). Ranking, deltas and distributions use exact values.
/// </summary>
public static class IndexDisplay
{
    /// <summary>Decimals shown by default.</summary>
    public const int Decimals = 2;

    /// <summary>The value rounded for display.</summary>
    public static decimal Round(decimal value, int decimals = Decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>The rounded value as text: <c>3,31</c> in Indonesian, <c>3.31</c> in English, always with <paramref name="decimals"/> places.</summary>
    public static string Format(decimal value, Language language, int decimals = Decimals) =>
        Round(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture),
            language == Language.Indonesian ? IndonesianNumbers.Format : CultureInfo.InvariantCulture);

    /// <summary>A change of an index, signed: <c>+0,30</c>, <c>-0,05</c>, <c>0,00</c> (in English with a decimal point).</summary>
    public static string FormatChange(decimal delta, Language language, int decimals = Decimals) =>
        (Round(delta, decimals) > 0 ? "+" : string.Empty) + Format(delta, language, decimals);
}
