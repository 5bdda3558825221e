using System.Globalization;
using System.Text.RegularExpressions;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions;

/// <summary>
/// Compares two Markdown texts paragraph by paragraph (paragraphs are separated by blank lines), aligned in
/// order so an inserted paragraph does not make the later ones look changed. Narratives, front matter and
/// plan-level sections are summarised this way.
/// </summary>
internal static partial class Paragraphs
{
    /// <summary>Adds to <paramref name="fields"/> one change per paragraph added, removed or changed, at <c>PATH.FIELD.NUMBER</c>.</summary>
    public static FieldList Compare(FieldList fields, string path, string field, string? older, string? newer)
    {
        foreach (var (pair, kind, number) in Matching.Differences(Split(older), Split(newer)))
        {
            var text = number.ToString(CultureInfo.InvariantCulture);
            fields.Add(new FieldChange(path.Field(field).Field(text), field, kind, Values.Text(pair.Old), Values.Text(pair.New)) { Key = text });
        }

        return fields;
    }

    /// <summary>Both languages of a text: the Indonesian paragraphs as <c>paragraph</c>, the English ones as <c>paragraphEn</c>.</summary>
    public static FieldList Compare(FieldList fields, string path, Primitives.LocalizedText? older, Primitives.LocalizedText? newer) =>
        Compare(Compare(fields, path, "paragraph", older?.Indonesian, newer?.Indonesian), path, "paragraphEn", older?.English, newer?.English);

    private static List<string> Split(string? markdown) =>
        markdown is null ? [] : [.. BlankLine().Split(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(p => p.Trim()).Where(p => p.Length > 0)];

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();
}
