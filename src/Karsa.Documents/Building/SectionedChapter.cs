using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Primitives;

namespace Karsa.Documents.Building;

/// <summary>One sub-section of a plan-level chapter: its heading and its blocks, null when the plan says nothing.</summary>
internal sealed record SectionPart(string Heading, IReadOnlyList<Block>? Blocks)
{
    /// <summary>A sub-section of the plan's Markdown <paramref name="markdown"/> (null: not given).</summary>
    public static SectionPart Of(Wording w, string heading, LocalizedText? markdown) =>
        new(heading, markdown is null ? null : MarkdownBlocks.Parse(w.Of(markdown)));
}

/// <summary>
/// Builds a chapter of the plan's Markdown sub-sections (<c>sections</c> in the plan file): a section
/// per sub-section the plan gives, and one marked paragraph naming those it does not. A chapter with
/// none of them is that one paragraph.
/// </summary>
internal static class SectionedChapter
{
    /// <summary>Starts the chapter: the note on what is missing in its lead, then a section per part given.</summary>
    public static ChapterDraft Build(BookContext c, int number, string title, IReadOnlyList<SectionPart> parts)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, title);
        var missing = parts.Where(p => p.Blocks is null).Select(p => p.Heading).ToList();
        if (missing.Count > 0)
        {
            draft.Add(MissingNote(w, missing, missing.Count == parts.Count));
        }

        foreach (var part in parts.Where(p => p.Blocks is not null))
        {
            draft.Section(part.Heading).Add(part.Blocks!);
        }

        return draft;
    }

    /// <summary>The marked paragraph naming the <paramref name="missing"/> parts (<paramref name="all"/>: the whole chapter is missing).</summary>
    public static Paragraph MissingNote(Wording w, IReadOnlyList<string> missing, bool all) => TemplateNote.Paragraph(w, all
        ? w.T($"Rencana belum memuat bab ini. Uraikan: {string.Join("; ", missing)}.", $"The plan does not hold this chapter yet. Describe: {string.Join("; ", missing)}.")
        : w.T($"Bagian berikut belum diuraikan dalam rencana: {string.Join("; ", missing)}.", $"The plan does not describe these parts yet: {string.Join("; ", missing)}."));
}
