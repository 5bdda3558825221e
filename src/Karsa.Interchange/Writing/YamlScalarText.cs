using System.Globalization;
using System.Text;
using Karsa.Interchange.Parsing;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Writing;

/// <summary>
/// How a scalar is spelled in YAML so that it reads back as exactly the same value: plain when that is
/// unambiguous (also for YAML 1.1 tools), a literal block for multi-line text that allows it, and
/// double quotes with escapes otherwise.
/// </summary>
internal static class YamlScalarText
{
    // '*' is left out of plain text because YamlDotNet misreads a plain key such as "a *b: c" as one scalar.
    private const string NeverPlain = ":#,[]{}\"'`\\*";

    /// <summary>The scalar on one line: plain or double-quoted (numbers and booleans as they are).</summary>
    public static string Inline(ScalarNode scalar) => scalar.Type switch
    {
        ScalarType.String when scalar.AlwaysQuote || !IsPlainSafe(scalar.Text) => DoubleQuoted(scalar.Text),
        ScalarType.Null => "null",
        _ => scalar.Text,
    };

    /// <summary>A mapping key: plain when safe, else double-quoted (numbers, such as years, as they are).</summary>
    public static string Key(ScalarNode key) => Inline(key);

    /// <summary>True when the scalar is multi-line text that a literal block (<c>|</c>) holds exactly.</summary>
    public static bool IsLiteral(ScalarNode scalar) =>
        scalar is { Type: ScalarType.String, AlwaysQuote: false } && scalar.Text.Contains('\n', StringComparison.Ordinal) && IsLiteralSafe(scalar.Text);

    /// <summary>The literal block header with its chomping indicator: <c>|-</c>, <c>|</c> or <c>|+</c>.</summary>
    public static string LiteralHeader(string text)
    {
        var trailing = text.Length - text.TrimEnd('\n').Length;
        return trailing switch { 0 => "|-", 1 => "|", _ => "|+" };
    }

    /// <summary>The content lines of a literal block (without indentation).</summary>
    public static IEnumerable<string> LiteralLines(string text)
    {
        var lines = text.Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    /// <summary>Text in double quotes, with every character YAML would not keep as-is escaped.</summary>
    public static string DoubleQuoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            quoted.Append(rune.Value switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                0 => "\\0",
                '\a' => "\\a",
                '\b' => "\\b",
                '\t' => "\\t",
                '\n' => "\\n",
                '\v' => "\\v",
                '\f' => "\\f",
                '\r' => "\\r",
                0x1B => "\\e",
                0x85 => "\\N",
                0x2028 => "\\L",
                0x2029 => "\\P",
                < 0x20 or (>= 0x7F and <= 0x9F) => "\\x" + rune.Value.ToString("X2", CultureInfo.InvariantCulture),
                0xFEFF or 0xFFFE or 0xFFFF => "\\u" + rune.Value.ToString("X4", CultureInfo.InvariantCulture),
                _ => rune.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }

    private static bool IsPlainSafe(string text) =>
        text.Length > 0 &&
        Rune.GetRuneAt(text, 0) is var first && Rune.IsLetter(first) &&
        !text.EndsWith(' ') &&
        YamlScalars.ResolvePlain(text) == ScalarType.String &&
        !YamlScalars.IsYaml11Special(text) &&
        text.EnumerateRunes().All(IsPlainRune);

    private static bool IsPlainRune(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return true;
        }

        if (rune.IsAscii && NeverPlain.Contains((char)rune.Value, StringComparison.Ordinal))
        {
            return false;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator => false,
            _ => true,
        };
    }

    private static bool IsLiteralSafe(string text)
    {
        if (text.EnumerateRunes().Any(r => r.Value != '\n' && !IsLiteralRune(r)))
        {
            return false;
        }

        var lines = LiteralLines(text).ToList();
        var firstContent = lines.Find(l => l.Length > 0);
        return firstContent is not null && firstContent[0] != ' ' && lines.TrueForAll(l => l.Length == 0 || l.Trim(' ').Length > 0);
    }

    private static bool IsLiteralRune(Rune rune) => rune.Value switch
    {
        < 0x20 or (>= 0x7F and <= 0x9F) or 0x2028 or 0x2029 or 0xFEFF or 0xFFFE or 0xFFFF => false,
        _ => Rune.GetUnicodeCategory(rune) != UnicodeCategory.Surrogate,
    };
}
