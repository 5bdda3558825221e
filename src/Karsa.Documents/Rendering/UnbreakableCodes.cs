using System.Text.RegularExpressions;

namespace Karsa.Documents.Rendering;

/// <summary>
/// The codes (GOV-01, BRA-0050, ISO37120-5.1, LOC-PAJAK-NONTUNAI) and year ranges (2023-2025) that a
/// line must never break inside, found the same way for every format: HTML wraps them in a no-wrap
/// span, DOCX writes their hyphens as non-breaking hyphens, and column widths measure them whole.
/// </summary>
internal static partial class UnbreakableCodes
{
    /// <summary>Matches one code or year range.</summary>
    [GeneratedRegex(@"\b(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9](?:[A-Za-z0-9.]*[A-Za-z0-9])?)+|\d{4}-\d{4})\b")]
    public static partial Regex Pattern();

    /// <summary>The positions in <paramref name="text"/> of the hyphens that lie inside a code.</summary>
    public static IEnumerable<int> HyphensIn(string text) =>
        Pattern().Matches(text).SelectMany(code => Enumerable.Range(code.Index, code.Length).Where(i => text[i] == '-'));
}
