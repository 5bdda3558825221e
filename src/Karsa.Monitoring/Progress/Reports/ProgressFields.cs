using System.Globalization;
using System.Text.RegularExpressions;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Reports;

/// <summary>The guards every progress part uses for its fields; each throws a problem at the field's relative path.</summary>
internal static partial class ProgressFields
{
    /// <summary>The longest key (status, funding source, evidence id).</summary>
    public const int MaxKeyLength = 40;

    /// <summary>A key: 1-40 lower-case letters, digits or '-', starting with a letter or digit.</summary>
    public static string Key(string? value, LocalizedText what, string path) =>
        value is { Length: > 0 and <= MaxKeyLength } && KeyPattern().IsMatch(value)
            ? value
            : throw new DomainException(Problems.MalformedProgressKey(what, value).Under(path));

    /// <summary>A percentage within 0..100.</summary>
    public static decimal Percent(decimal value, LocalizedText what, string path) =>
        value is >= 0m and <= 100m
            ? value
            : throw new DomainException(Problems.OutOfRange(what, value.ToString(CultureInfo.InvariantCulture), "0..100").Under(path));

    /// <summary>A text that is not blank and at most <paramref name="max"/> characters long.</summary>
    public static string Text(string? value, LocalizedText what, int max, string path) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(Problems.EmptyText().Under(path)) : Bounded(value, what, max, path)!;

    /// <summary>A text that may be absent (null when blank), at most <paramref name="max"/> characters long.</summary>
    public static string? Bounded(string? value, LocalizedText what, int max, string path) =>
        string.IsNullOrWhiteSpace(value) ? null
        : value.Length <= max ? value
        : throw new DomainException(Problems.TextTooLong(what, value.Length, max).Under(path));

    /// <summary>Refuses the first item of <paramref name="items"/> whose key was already seen, at <c>path.key</c>.</summary>
    public static void Unique<T>(IEnumerable<T> items, Func<T, string> key, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var k = key(item);
            if (!seen.Add(k))
            {
                throw new DomainException(Problems.DuplicateKey(k).Under(path.Length == 0 ? k : $"{path}.{k}"));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
