using System.Globalization;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>
/// Parses numbers typed as text in either convention: Indonesian <c>1.250.000,5</c> or English
/// <c>1,250,000.5</c>, with an optional <c>Rp</c> prefix, <c>%</c> suffix and spaces. Rules: with
/// both '.' and ',' the last one is the decimal mark; several of one mark are thousands separators;
/// a single ',' is a decimal comma; a single '.' followed by exactly three digits is a thousands
/// separator (Indonesian <c>1.250</c> is 1250), otherwise a decimal point.
/// </summary>
internal static class TolerantNumber
{
    /// <summary>The number in <paramref name="text"/>, or false when it is not one.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var s = Clean(text);
        var negative = s.StartsWith('-');
        if (negative)
        {
            s = s[1..];
        }

        if (s.Length == 0 || !s.All(c => char.IsAsciiDigit(c) || c is '.' or ','))
        {
            return false;
        }

        var (group, mark) = Marks(s);
        var at = mark is { } m ? s.LastIndexOf(m) : -1;
        var whole = at >= 0 ? s[..at] : s;
        var fraction = at >= 0 ? s[(at + 1)..] : string.Empty;
        if (!GroupsAreValid(whole, group) || fraction.Contains('.') || fraction.Contains(',') || (at >= 0 && fraction.Length == 0))
        {
            return false;
        }

        var digits = group is { } g ? whole.Replace(g.ToString(), string.Empty, StringComparison.Ordinal) : whole;
        var normal = fraction.Length > 0 ? digits + "." + fraction : digits;
        if (!decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static string Clean(string text)
    {
        var s = text.Trim();
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..];
        }

        s = s.TrimEnd('%');
        return string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c != '\u202F'));
    }

    private static (char? Group, char? Mark) Marks(string s)
    {
        int dots = s.Count(c => c == '.'), commas = s.Count(c => c == ',');
        if (dots > 0 && commas > 0)
        {
            return s.LastIndexOf('.') > s.LastIndexOf(',') ? (',', '.') : ('.', ',');
        }

        if (commas > 0)
        {
            return commas > 1 ? (',', null) : (null, ',');
        }

        if (dots > 1)
        {
            return ('.', null);
        }

        return dots == 1 && s.Length - s.IndexOf('.') - 1 == 3 && s.IndexOf('.') is >= 1 and <= 3 ? ('.', null) : (null, dots == 1 ? '.' : null);
    }

    private static bool GroupsAreValid(string whole, char? group)
    {
        if (group is not { } g)
        {
            return whole.Length > 0;
        }

        var parts = whole.Split(g);
        return parts[0].Length is >= 1 and <= 3 && parts.Skip(1).All(p => p.Length == 3);
    }
}
