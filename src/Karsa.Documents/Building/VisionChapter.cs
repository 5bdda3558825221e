using Karsa.Documents.Model;

namespace Karsa.Documents.Building;

/// <summary>Buku II, chapter 1: vision, missions and development direction.</summary>
internal static class VisionChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Visi, Misi dan Arah Pembangunan", "Vision, Missions and Development Direction"))
            .Section(w.T("Visi", "Vision"))
            .Add(c.Content.Vision is { } vision
                ? new Paragraph([new Run(w.Of(vision), Bold: true)], ParagraphKind.Quote)
                : Paragraph.Plain(w.T("Visi belum dirumuskan.", "The vision has not been written yet.")))
            .Section(w.T("Misi", "Missions"))
            .Add(c.Content.Missions.Count == 0
                ? Paragraph.Plain(w.T("Misi belum dirumuskan.", "No missions have been written yet."))
                : new BulletList([.. c.Content.Missions.Select(m => (IReadOnlyList<Run>)[new Run(w.Of(m))])], Ordered: true))
            .Section(w.T("Arah Pembangunan", "Development Direction"))
            .NarrativeOrTemplate("development-direction", w.T(
                "Arah pembangunan smart city daerah: apa yang dicapai quick win, jangka pendek, jangka menengah dan jangka panjang, dan bagaimana tahap-tahap itu saling menyusul.",
                "The region's smart city development direction: what the quick wins, the short, medium and long term achieve, and how one stage leads to the next."));
        return draft.Build();
    }
}
