namespace Karsa.Cli.Output;

/// <summary>Wraps text at word boundaries; a word longer than a line is the only thing ever cut.</summary>
internal static class TextWrap
{
    /// <summary>The lines of <paramref name="text"/> (its own line breaks kept), none longer than <paramref name="width"/>.</summary>
    public static IEnumerable<string> Lines(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        width = Math.Max(width, 1);
        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length <= width)
                {
                    line += " " + word;
                    continue;
                }

                if (line.Length > 0)
                {
                    yield return line;
                }

                var rest = word;
                while (rest.Length > width)
                {
                    yield return rest[..width];
                    rest = rest[width..];
                }

                line = rest;
            }

            yield return line;
        }
    }
}
