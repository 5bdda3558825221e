using Karsa.Documents.Charts;
using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Readiness;

namespace Karsa.Documents.Building;

/// <summary>Buku I, chapter 3: readiness per dimension on the three pillars, with a radar chart.</summary>
internal static class ReadinessChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var scale = c.Content.ReadinessScale;
        var pillars = Enum.GetValues<Pillar>();
        var draft = new ChapterDraft(c, number, w.T("Analisis Kesiapan", "Readiness Analysis"))
            .Text(w.T(
                $"Kesiapan setiap dimensi dinilai pada tiga pilar (struktur, infrastruktur, suprastruktur) dengan skala {Wording.Number(scale.Min)} sampai {Wording.Number(scale.Max)}.",
                $"Each dimension's readiness is scored on three pillars (structure, infrastructure, superstructure) on a scale of {Wording.Number(scale.Min)} to {Wording.Number(scale.Max)}."))
            .Section(w.T("Ringkasan Kesiapan", "Readiness Overview"));
        if (c.Content.Readiness.Count == 0)
        {
            return draft.Add(MissingData.Readiness(w, w.T("tabel dan radar kesiapan", "the readiness table and radar"))).Build();
        }

        draft.Table(w.T("Skor kesiapan per dimensi dan pilar", "Readiness score per dimension and pillar"),
            [new(w.T("Dimensi", "Dimension"), Width: 2), .. pillars.Select(p => new TableColumn(w.Of(p), ColumnAlign.Right)), new(w.T("Rata-rata", "Mean"), ColumnAlign.Right)],
            Dimensions.All.Select(d => new TableRow([w.Of(d), .. pillars.Select(p => Score(c, d, p)), Mean(c, d)])));
        draft.Figure(w.T("Radar kesiapan enam dimensi", "Readiness radar of the six dimensions"), PlanCharts.Readiness(c.Content, w.Language));
        foreach (var assessment in Dimensions.All.Select(d => c.Content.Readiness.FirstOrDefault(r => r.Dimension == d)).OfType<ReadinessAssessment>())
        {
            draft.Section(w.Of(assessment.Dimension));
            draft.Add(BulletList.Plain(assessment.Pillars.Select(p => $"{w.Of(p.Pillar)}: {Wording.Fixed(p.Score)}" + (p.Narrative is null ? string.Empty : $" — {p.Narrative}"))));
            if (assessment.Narrative is { } narrative)
            {
                draft.Add(MarkdownBlocks.Parse(narrative));
            }
        }

        return draft.Build();
    }

    /// <summary>The score of a dimension on a pillar, if assessed.</summary>
    public static decimal? ScoreOf(BookContext c, Dimension dimension, Pillar pillar) => PlanCharts.ScoreOf(c.Content, dimension, pillar);

    private static string Score(BookContext c, Dimension d, Pillar p) => ScoreOf(c, d, p) is { } s ? Wording.Fixed(s) : "-";

    private static string Mean(BookContext c, Dimension d)
    {
        var scores = Enum.GetValues<Pillar>().Select(p => ScoreOf(c, d, p)).OfType<decimal>().ToList();
        return scores.Count == 0 ? "-" : Wording.Fixed(scores.Average());
    }
}
