using Karsa.Documents.Model;
using Karsa.Domain.Readiness;

namespace Karsa.Documents.Building;

/// <summary>Buku I, chapter 4: the SWOT, one section per quadrant.</summary>
internal static class SwotChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Analisis SWOT", "SWOT Analysis"));
        if (c.Content.Swot.Count == 0)
        {
            return draft.NarrativeOrMissing("swot", MissingData.Swot(w)).Build();
        }

        draft.Narrative("swot", w.T(
                "Faktor internal (kekuatan, kelemahan) dan eksternal (peluang, ancaman) berikut menjadi dasar perumusan visi dan strategi.",
                "The internal (strengths, weaknesses) and external (opportunities, threats) factors below underlie the vision and strategies."));
        foreach (var kind in Enum.GetValues<SwotKind>())
        {
            var items = c.Content.Swot.Where(s => s.Kind == kind).ToList();
            draft.Section(w.Of(kind));
            draft.Add(items.Count == 0
                ? Paragraph.Plain(w.T("Rencana tidak mencatat butir pada bagian ini.", "The plan records no item here."))
                : BulletList.Plain(items.Select(i => i.Dimension is { } d ? $"{i.Text} ({w.Of(d)})" : i.Text)));
        }

        return draft.Build();
    }
}
