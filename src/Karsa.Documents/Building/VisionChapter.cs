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
            .Narrative("development-direction", w.T(
                "Pembangunan smart city diarahkan bertahap: quick win untuk manfaat yang segera dirasakan warga, jangka pendek untuk fondasi, jangka menengah dan panjang untuk integrasi layanan.",
                "Smart city development proceeds in stages: quick wins for benefits citizens feel at once, the short term for foundations, the medium and long term for integrated services."));
        return draft.Build();
    }
}
