using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>
/// Narrative sections added or removed, and changed ones paragraph by paragraph (paragraphs are
/// separated by blank lines; Indonesian and English text are compared separately).
/// </summary>
public sealed class NarrativesComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "narratives";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer) =>
        Keyed.Items(older.Narratives, newer.Narratives, n => n.Key, "narratives", "narrative", _ => null,
            (a, b, fields) => Paragraphs.Compare(fields, PlanPaths.Narrative(a.Key), a.Markdown, b.Markdown));
}
