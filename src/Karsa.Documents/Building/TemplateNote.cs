using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Building;

/// <summary>
/// The one place the plan-level chapters and the front matter mark what the region still has to
/// write: a highlighted "[isi oleh daerah]" followed by what is missing, never stock text presented as
/// the region's own; and the one place they refer to a table in the text.
/// </summary>
internal static class TemplateNote
{
    /// <summary>The marker, in the book's language.</summary>
    public static string Mark(Wording w) => w.T("[isi oleh daerah]", "[to be completed by the region]");

    /// <summary>A marked paragraph, highlighted as a template in every format: the marker in bold, then <paramref name="text"/>.</summary>
    public static Paragraph Paragraph(Wording w, string text) => new([new Run(Mark(w), Bold: true, Template: true), new Run(" " + text, Template: true)]);

    /// <summary>"Tabel II-9.1" for the <paramref name="index"/>-th table of chapter <paramref name="chapter"/>, as <see cref="ChapterDraft"/> numbers it.</summary>
    public static string TableLabel(BookContext c, int chapter, int index) =>
        $"{c.W.T("Tabel", "Table")} {(c.VolumeNumeral is { } v ? v + "-" : string.Empty)}{chapter}.{index}";
}
