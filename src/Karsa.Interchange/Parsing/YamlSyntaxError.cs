using Karsa.Domain.Diagnostics;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Parsing;

/// <summary>
/// Names a YAML syntax error in our own words (the parser's text is English): a tab in the
/// indentation, the most common cause, is pointed at where it is; anything else gets a general
/// message with what to check, at the parser's position.
/// </summary>
internal static class YamlSyntaxError
{
    /// <summary>The diagnostic and its position for a parser failure at <paramref name="reported"/> in <paramref name="text"/>.</summary>
    public static (Diagnostic Problem, TextPosition At) Describe(string text, TextPosition reported) =>
        FirstIndentingTab(text) is { } tab
            ? (Problems.MalformedFile(SyntaxTexts.TabIndent, SyntaxTexts.TabHint), tab)
            : (Problems.MalformedFile(SyntaxTexts.YamlNotWellFormed, SyntaxTexts.YamlHint), reported);

    /// <summary>The position of the first tab among the leading whitespace of a line, if any.</summary>
    public static TextPosition? FirstIndentingTab(string text)
    {
        var line = 1;
        var column = 1;
        var leading = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                (line, column, leading) = (line + 1, 1, true);
                continue;
            }

            if (leading && c == '\t')
            {
                return new TextPosition(line, column);
            }

            leading &= c == ' ';
            column++;
        }

        return null;
    }
}
