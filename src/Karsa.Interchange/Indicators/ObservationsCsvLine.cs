namespace Karsa.Interchange.Indicators;

/// <summary>
/// Splits one CSV line into fields (RFC 4180 quoting within the line: <c>"a;b"</c>, <c>""</c> for a
/// quote), remembering where each field starts. A quoted field that is not closed on its line, or that
/// is followed by other text before the separator, is refused with the column where it went wrong.
/// </summary>
internal static class ObservationsCsvLine
{
    /// <summary>
    /// The fields of <paramref name="line"/> and the 1-based column each starts at, or null with
    /// <paramref name="badQuoteColumn"/> set when the quoting is broken.
    /// </summary>
    public static List<(string Text, int Column)>? Split(string line, char separator, out int badQuoteColumn)
    {
        var fields = new List<(string, int)>(8);
        var at = 0;
        badQuoteColumn = 0;
        while (true)
        {
            var start = at;
            string text;
            if (at < line.Length && line[at] == '"')
            {
                var closed = Unquote(line, at, out text, out at);
                if (!closed || (at < line.Length && line[at] != separator))
                {
                    badQuoteColumn = start + 1;
                    return null;
                }
            }
            else
            {
                var end = line.IndexOf(separator, at);
                end = end < 0 ? line.Length : end;
                text = line[at..end];
                at = end;
            }

            fields.Add((text, start + 1));
            if (at >= line.Length)
            {
                return fields;
            }

            at++;
        }
    }

    /// <summary>Reads the quoted field opening at <paramref name="open"/>; false when it is not closed on the line.</summary>
    private static bool Unquote(string line, int open, out string text, out int after)
    {
        var builder = new System.Text.StringBuilder();
        var at = open + 1;
        while (at < line.Length)
        {
            var quote = line.IndexOf('"', at);
            if (quote < 0)
            {
                break;
            }

            builder.Append(line, at, quote - at);
            if (quote + 1 < line.Length && line[quote + 1] == '"')
            {
                builder.Append('"');
                at = quote + 2;
                continue;
            }

            text = builder.ToString();
            after = quote + 1;
            return true;
        }

        text = string.Empty;
        after = line.Length;
        return false;
    }
}
