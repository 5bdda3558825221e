using System.Globalization;
using System.Text.RegularExpressions;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>
/// Narrative sections added or removed, and changed ones paragraph by paragraph (paragraphs are
/// separated by blank lines; Indonesian and English text are compared separately).
/// </summary>
public sealed partial class NarrativesComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "narratives";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer) =>
        Keyed.Items(older.Narratives, newer.Narratives, n => n.Key, "narratives", "narrative", _ => null,
            (a, b, fields) => Paragraphs(Paragraphs(fields, "paragraph", a.Markdown.Indonesian, b.Markdown.Indonesian, a.Key),
                "paragraphEn", a.Markdown.English, b.Markdown.English, a.Key));

    private static FieldList Paragraphs(FieldList fields, string field, string? older, string? newer, string key)
    {
        foreach (var (pair, kind, number) in Matching.Differences(Split(older), Split(newer)))
        {
            var text = number.ToString(CultureInfo.InvariantCulture);
            fields.Add(new FieldChange(PlanPaths.Narrative(key).Field(field).Field(text), field, kind, Values.Text(pair.Old), Values.Text(pair.New)) { Key = text });
        }

        return fields;
    }

    private static List<string> Split(string? markdown) =>
        markdown is null ? [] : [.. BlankLine().Split(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(p => p.Trim()).Where(p => p.Length > 0)];

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex BlankLine();
}
