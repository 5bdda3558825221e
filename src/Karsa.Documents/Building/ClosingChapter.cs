using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Building;

/// <summary>
/// Penutup, the last chapter before the appendices of each volume: the plan's narrative
/// (<c>closing-analysis</c> for Buku I, <c>closing</c> for Buku II) or, when absent, what the volume
/// holds in figures of the plan followed by a marked template for the region's own closing words.
/// </summary>
internal static class ClosingChapter
{
    /// <summary>Buku I's closing.</summary>
    public static Chapter BuildAnalysis(BookContext c, int number)
    {
        var w = c.W;
        return Build(c, number, "closing-analysis", w.T(
            $"Buku I merangkum analisis strategis {c.Content.Region.FullName}: profil daerah, kesiapan pada tiga pilar, analisis SWOT dan kesenjangan. Hasilnya menjadi dasar arah pengembangan, strategi dan program dalam Buku II Masterplan.",
            $"Book I sums up the strategic analysis of {c.Content.Region.FullName}: the region's profile, readiness on the three pillars, SWOT and gap analysis. It is the basis of the development direction, strategies and programmes of Book II Masterplan."));
    }

    /// <summary>Buku II's closing.</summary>
    public static Chapter BuildMasterplan(BookContext c, int number)
    {
        var w = c.W;
        var programmes = c.Plan.Programmes.Count;
        var dimensions = c.Plan.Programmes.Select(p => p.Dimension).Distinct().Count();
        return Build(c, number, "closing", w.T(
            $"Masterplan ini memuat {Wording.Number(programmes)} program pada {Wording.Number(dimensions)} dimensi smart city untuk periode {c.Plan.Period}, dengan peta jalan, indikator dan tata kelola pelaksanaannya.",
            $"This masterplan holds {Wording.Number(programmes)} programmes in {Wording.Number(dimensions)} smart city dimensions for {c.Plan.Period}, with their roadmap, indicators and implementation governance."));
    }

    private static Chapter Build(BookContext c, int number, string narrative, string summary)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Penutup", "Closing"));
        if (c.Narrative(narrative) is not null)
        {
            return draft.Narrative(narrative, null).Build();
        }

        return draft.Text(summary).Add(TemplateNote.Paragraph(w, w.T(
            "Kata penutup daerah: komitmen pelaksanaan, ajakan kepada para pemangku kepentingan dan cara masterplan ini dimutakhirkan.",
            "The region's closing words: its commitment, its call to stakeholders and how this masterplan will be updated."))).Build();
    }
}
