using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Indicators;

namespace Karsa.Documents.Building;

/// <summary>Buku II, chapter 6: indicators with their framework codes, baselines and targets.</summary>
internal static class IndicatorsChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var draft = new ChapterDraft(c, number, w.T("Indikator dan Target", "Indicators and Targets"));
        if (c.Content.Indicators.Count == 0)
        {
            return draft.NarrativeOrMissing("indicators", MissingData.Indicators(w)).Build();
        }

        draft.Narrative("indicators", w.T(
                "Capaian masterplan diukur dengan indikator berikut, dirujuk pada kerangka SNI ISO 37120/37122/37123, U4SSC, SPBE atau indikator daerah.",
                "The masterplan's results are measured with the indicators below, referenced to SNI ISO 37120/37122/37123, U4SSC, SPBE or the region's own indicators."));
        foreach (var group in c.Content.Indicators.GroupBy(i => i.Framework).OrderBy(g => g.Key))
        {
            draft.Section(FrameworkName(group.Key, w));
            draft.Table(Caption(group.Key, w),
                [
                    TableColumn.Codes(w.T("Kode", "Code"), 2), new(w.T("Indikator", "Indicator"), Width: 4), new(w.T("Rujukan", "Reference"), Width: 2),
                    new(w.T("Satuan", "Unit"), Width: 2), new(w.T("Arah", "Direction")), new(w.T("Baseline", "Baseline"), Width: 2), new(w.T("Target", "Targets"), Width: 3),
                ],
                group.Select(i => new TableRow([
                    i.Code.Value, w.Of(i.Name), i.FrameworkReference ?? "-", i.Unit,
                    i.Direction == IndicatorDirection.HigherIsBetter ? "↑" : "↓",
                    i.Baseline is { } b ? $"{Wording.Number(b.Value)} ({b.Year})" : "-",
                    Targets(c, i),
                ])));
        }

        return draft.Build();
    }

    private static string Targets(BookContext c, Indicator indicator)
    {
        var targets = c.Content.Targets.Where(t => t.Indicator == indicator.Code).OrderBy(t => t.Year).Select(t => $"{t.Year}: {Wording.Number(t.Value)}");
        var text = string.Join("; ", targets);
        return text.Length == 0 ? "-" : text;
    }

    /// <summary>"Indikator SPBE" ("SPBE indicators"), but "Indikator daerah" for the region's own (its name already says so).</summary>
    private static string Caption(IndicatorFramework framework, Wording w) => framework == IndicatorFramework.Local
        ? FrameworkName(framework, w)
        : w.T($"Indikator {FrameworkName(framework, w)}", $"{FrameworkName(framework, w)} indicators");

    private static string FrameworkName(IndicatorFramework framework, Wording w) => framework switch
    {
        IndicatorFramework.Iso37120 => "SNI ISO 37120",
        IndicatorFramework.Iso37120Edition2014 => "ISO 37120:2014",
        IndicatorFramework.Iso37122 => "SNI ISO 37122",
        IndicatorFramework.Iso37123 => "SNI ISO 37123",
        IndicatorFramework.U4ssc => "ITU U4SSC",
        IndicatorFramework.Spbe => "SPBE",
        _ => w.T("Indikator daerah", "Regional indicators"),
    };
}
