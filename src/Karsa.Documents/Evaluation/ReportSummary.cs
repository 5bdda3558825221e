using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Monitoring.Evaluation.National;

namespace Karsa.Documents.Evaluation;

/// <summary>The report's summary: the overall index, the national rank and the change from the earlier year, when given.</summary>
internal static class ReportSummary
{
    public static Chapter Build(EvaluationReportInput input, Wording w)
    {
        var result = input.Result;
        var scale = result.Scale;
        var overall = ReportNumbers.Index(result.Index.Overall);
        var scaleText = $"{ReportNumbers.Exact(scale.Minimum)}-{ReportNumbers.Exact(scale.Maximum)}";
        var sentences = new List<string>
        {
            w.T($"{input.RegionName} ({result.Region}) memperoleh indeks keseluruhan {overall} pada skala {scaleText} dalam {w.Of(input.Cycle.Title)}.",
                $"{input.RegionName} ({result.Region}) scored an overall index of {overall} on the scale {scaleText} in {w.Of(input.Cycle.Title)}."),
        };
        var figures = new List<KeyFigure> { new(w.T("Indeks keseluruhan", "Overall index"), overall) };
        if (input.Rank is var (rank, of))
        {
            var place = w.T($"{rank} dari {of}", $"{rank} of {of}");
            sentences.Add(w.T($"Peringkat nasional: {place} daerah.", $"National rank: {place} regions."));
            figures.Add(new(w.T("Peringkat nasional", "National rank"), place));
        }

        if (input.Change is { } change)
        {
            var delta = ReportNumbers.Change(change.Overall);
            sentences.Add(w.T($"Dibandingkan tahun {change.EarlierYear}, indeks keseluruhan berubah {delta}.",
                $"Compared with {change.EarlierYear}, the overall index changed by {delta}."));
            figures.Add(new(w.T($"Perubahan sejak {change.EarlierYear}", $"Change since {change.EarlierYear}"), delta));
            if (RankChange(change, w) is { } moved)
            {
                sentences.Add(w.T($"Peringkat {change.EarlierYear}: {change.EarlierRank}, {moved}.", $"Rank in {change.EarlierYear}: {change.EarlierRank}, {moved}."));
                figures.Add(new(w.T("Perubahan peringkat", "Rank change"), moved));
            }
        }

        return new Chapter(w.T("Ringkasan", "Summary"), [Paragraph.Plain(string.Join(" ", sentences)), new KeyFigures(figures)], []);
    }

    /// <summary>"naik 3 peringkat" / "up 3 places", "turun 2 peringkat", "peringkat tetap"; null without both ranks.</summary>
    private static string? RankChange(RegionComparison change, Wording w) => change.RankChange switch
    {
        null => null,
        > 0 and var up => w.T($"naik {up} peringkat", $"up {Places(up)}"),
        < 0 and var down => w.T($"turun {-down} peringkat", $"down {Places(-down)}"),
        _ => w.T("peringkat tetap", "same rank"),
    };

    private static string Places(int count) => count == 1 ? "1 place" : $"{count} places";
}
