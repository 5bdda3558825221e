namespace Karsa.Documents.Rendering;

/// <summary>
/// Estimates how wide text is set, in ems of its font, from per-character widths of DejaVu Sans (the
/// widest of the book's fonts, so Liberation Sans in the DOCX fits too). Used to size table columns
/// before any renderer lays them out.
/// </summary>
internal static class TextWidthEstimate
{
    /// <summary>Bold text is about this much wider.</summary>
    private const double BoldFactor = 1.1;

    /// <summary>The width of <paramref name="text"/> in ems.</summary>
    public static double Em(string text, bool bold = false) => text.Sum(CharacterEm) * (bold ? BoldFactor : 1);

    /// <summary>
    /// The pieces a line may not break inside: split at spaces and after hyphens, except the hyphens of
    /// codes and year ranges (<see cref="UnbreakableCodes"/>).
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        var kept = UnbreakableCodes.HyphensIn(text).ToHashSet();
        var split = new System.Text.StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            split.Append(text[i]);
            if (text[i] == '-' && !kept.Contains(i))
            {
                split.Append(' ');
            }
        }

        return split.ToString().Split([' ', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
    }

    private static double CharacterEm(char c) => c switch
    {
        ' ' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.32,
        'i' or 'j' or 'l' or 'I' or 'J' => 0.3,
        'f' or 't' or 'r' or '(' or ')' or '-' or '/' => 0.42,
        'm' or 'w' or 'M' or 'W' or '%' or '@' => 0.98,
        >= '0' and <= '9' => 0.64,
        >= 'A' and <= 'Z' => 0.72,
        >= 'a' and <= 'z' => 0.62,
        _ when char.IsSurrogate(c) => 0.6,
        _ when c > '\u2E7F' => 1.0,
        _ => 0.7,
    };
}
