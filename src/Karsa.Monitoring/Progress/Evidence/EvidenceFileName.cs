using System.Globalization;
using System.Text;

namespace Karsa.Monitoring.Progress.Evidence;

/// <summary>
/// Makes an uploaded file's name safe to store and to offer as a download name: only its last path
/// segment; no control, format (bidirectional overrides, zero-width) or unpaired surrogate characters;
/// no characters Windows forbids; no leading or trailing dots and spaces; no device names (CON, NUL,
/// COM1, ...); a stem of at most <see cref="MaxStemLength"/> characters; a lower-case extension; and
/// <see cref="Fallback"/> when nothing is left.
/// </summary>
public static class EvidenceFileName
{
    /// <summary>The longest stem (name without extension) kept, in characters.</summary>
    public const int MaxStemLength = 100;

    /// <summary>The longest extension kept, in characters.</summary>
    public const int MaxExtensionLength = 10;

    /// <summary>The stem used when a name has none left.</summary>
    public const string Fallback = "bukti";

    private static readonly HashSet<string> DeviceNames = new(
        ["CON", "PRN", "AUX", "NUL", .. Enumerable.Range(0, 10).SelectMany(i => new[] { $"COM{i}", $"LPT{i}" })], StringComparer.OrdinalIgnoreCase);

    /// <summary>The safe form of <paramref name="name"/>.</summary>
    public static string Sanitise(string? name)
    {
        // Trailing dots and spaces go first, so a name ending in "." has no extension rather than
        // an empty one whose removal would expose an earlier dot on the next pass.
        var visible = Clean(LastSegment(name ?? string.Empty)).TrimEnd(' ', '.');
        var dot = visible.LastIndexOf('.');
        var (stem, extension) = dot < 0 ? (visible, string.Empty) : (visible[..dot], visible[(dot + 1)..]);
        stem = stem.Trim(' ', '.');
        if (stem.Length == 0)
        {
            stem = Fallback;
        }
        else if (DeviceNames.Contains(stem.Split('.')[0].TrimEnd(' ')))
        {
            stem = "_" + stem;
        }

        stem = Truncate(stem, MaxStemLength).TrimEnd(' ', '.');
        extension = Truncate(extension.Trim().ToLowerInvariant(), MaxExtensionLength).TrimEnd(' ');
        return extension.Length == 0 ? stem : $"{stem}.{extension}";
    }

    /// <summary>The lower-case extension of <paramref name="fileName"/> after sanitising, without the dot; empty when none.</summary>
    public static string ExtensionOf(string? fileName)
    {
        var safe = Sanitise(fileName);
        var dot = safe.LastIndexOf('.');
        return dot < 0 ? string.Empty : safe[(dot + 1)..];
    }

    private static string LastSegment(string name)
    {
        var cut = name.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? name : name[(cut + 1)..];
    }

    /// <summary>Drops invisible and invalid characters, replaces forbidden ones with '_', folds whitespace runs to one space.</summary>
    private static string Clean(string name)
    {
        var kept = new StringBuilder(Math.Min(name.Length, 4 * MaxStemLength));
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (rune == Rune.ReplacementChar || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                if (kept.Length > 0 && kept[^1] != ' ')
                {
                    kept.Append(' ');
                }

                continue;
            }

            kept.Append(rune.Value < 128 && "<>:\"|?*".Contains((char)rune.Value, StringComparison.Ordinal) ? "_" : rune.ToString());
        }

        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>At most <paramref name="max"/> UTF-16 characters, never cutting a surrogate pair.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut];
    }
}
