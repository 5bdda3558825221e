using System.Globalization;

namespace Karsa.Domain.Edits;

/// <summary>Paths into a list of the content around an edit that removed one of its items.</summary>
internal static class ListPaths
{
    /// <summary>
    /// Where <paramref name="path"/> (of the content after the item at <paramref name="removed"/> of
    /// list <paramref name="section"/> was removed) was before: items after it were one place further
    /// down. Paths elsewhere, or a removal of nothing (-1), are unchanged.
    /// </summary>
    public static string Before(string path, string section, int removed)
    {
        var open = section + "[";
        var close = path.IndexOf(']', StringComparison.Ordinal);
        if (removed < 0 || !path.StartsWith(open, StringComparison.Ordinal) || close < 0
            || !int.TryParse(path.AsSpan(open.Length, close - open.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return path;
        }

        return index < removed ? path : string.Create(CultureInfo.InvariantCulture, $"{open}{index + 1}{path[close..]}");
    }
}
