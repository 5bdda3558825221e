using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Readiness;

namespace Karsa.Documents.Building;

/// <summary>Buku I, chapter 5: gap analysis, the distance of each pillar score from the top of the scale.</summary>
internal static class GapChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var max = c.Content.ReadinessScale.Max;
        var gaps = (from d in Dimensions.All
                    from p in Enum.GetValues<Pillar>()
                    let score = ReadinessChapter.ScoreOf(c, d, p)
                    where score is not null
                    select (Dimension: d, Pillar: p, Score: score.Value, Gap: max - score.Value))
            .OrderByDescending(g => g.Gap).ThenBy(g => g.Dimension).ThenBy(g => g.Pillar).ToList();
        var draft = new ChapterDraft(c, number, w.T("Analisis Kesenjangan", "Gap Analysis"))
            .Narrative("gap-analysis", w.T(
                $"Kesenjangan adalah selisih skor kesiapan terhadap nilai tertinggi skala ({Wording.Number(max)}); makin besar kesenjangan, makin mendesak penanganannya.",
                $"The gap is the distance of a readiness score from the top of the scale ({Wording.Number(max)}); the larger the gap, the more urgent it is."))
            .Section(w.T("Kesenjangan per Dimensi dan Pilar", "Gaps per Dimension and Pillar"));
        if (gaps.Count == 0)
        {
            return draft.Text(w.T(
                "Kesenjangan belum dapat dihitung karena kesiapan belum dinilai; isi skor kesiapan per dimensi dan pilar dalam rencana.",
                "Gaps cannot be computed because readiness has not been assessed; give the readiness scores per dimension and pillar in the plan.")).Build();
        }

        draft.Table(w.T("Kesenjangan kesiapan, terbesar lebih dahulu", "Readiness gaps, largest first"),
            [new(w.T("Dimensi", "Dimension"), Width: 2), new(w.T("Pilar", "Pillar"), Width: 2), new(w.T("Skor", "Score"), ColumnAlign.Right), new(w.T("Kesenjangan", "Gap"), ColumnAlign.Right)],
            gaps.Select(g => new TableRow([w.Of(g.Dimension), w.Of(g.Pillar), Wording.Fixed(g.Score), Wording.Fixed(g.Gap)])));
        draft.Section(w.T("Prioritas Penanganan", "Priorities"));
        draft.Add(BulletList.Plain(gaps.Take(5).Select(g => w.T(
                $"{w.Of(g.Dimension)}, pilar {w.Of(g.Pillar)}: kesenjangan {Wording.Fixed(g.Gap)}; program pada dimensi ini: {c.Plan.Programmes.Count(p => p.Dimension == g.Dimension)}.",
                $"{w.Of(g.Dimension)}, {w.Of(g.Pillar)} pillar: gap {Wording.Fixed(g.Gap)}; programmes in this dimension: {c.Plan.Programmes.Count(p => p.Dimension == g.Dimension)}."))));
        return draft.Build();
    }
}
