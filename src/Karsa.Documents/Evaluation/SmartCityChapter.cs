using Karsa.Documents.Charts;
using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Catalogue;

namespace Karsa.Documents.Evaluation;

/// <summary>
/// The index per smart-city dimension: a table of all six (a dimension no question concerns has no
/// index, shown as a dash, not zero) and a radar of the indexed ones when there are at least three.
/// </summary>
internal static class SmartCityChapter
{
    /// <summary>Fewer axes than this make no radar (two axes are a line).</summary>
    public const int RadarMinimumAxes = 3;

    public static Chapter Build(EvaluationReportInput input, Wording w, int number)
    {
        var index = input.Result.Index;
        var change = input.Change;
        var rows = Dimensions.All.Select(d => new TableRow(
        [
            w.Of(d),
            .. IndexColumns.Cells(index.BySmartCityDimension.FirstOrDefault(i => i.Dimension == d)?.Questions ?? 0, index.Of(d),
                change, change?.BySmartCityDimension.FirstOrDefault(c => c.Dimension == d)?.Delta),
        ]));
        var chapter = new ReportChapter(w, number, w.T("Indeks per Dimensi Smart City", "Index per Smart City Dimension"))
            .Text(w.T(
                "Indeks setiap dimensi smart city adalah rerata berbobot nilai terverifikasi pertanyaan yang menyangkut dimensi itu, dari dimensi evaluasi mana pun.",
                "Each smart city dimension's index is the weighted mean of the verified scores of the questions concerning it, whatever their evaluation dimension."))
            .Table(w.T("Indeks per dimensi smart city", "Index per smart city dimension"),
                IndexColumns.Of(w, w.T("Dimensi smart city", "Smart city dimension"), change), rows)
            .Note(w.T(
                $"Tanda {IndexColumns.None} berarti tidak ada pertanyaan tentang dimensi itu (tanpa indeks, bukan nol) atau tidak ada indeksnya pada tahun pembanding.",
                $"A {IndexColumns.None} means that no question concerns the dimension (no index, not zero) or that it had no index in the earlier year."));
        return (Radar(input, w) is { } radar
            ? chapter.Figure(w.T("Radar indeks per dimensi smart city", "Radar of the index per smart city dimension"), radar)
            : chapter.Note(w.T(
                $"Radar tidak digambar: kurang dari {RadarMinimumAxes} dimensi smart city berindeks.",
                $"No radar: fewer than {RadarMinimumAxes} smart city dimensions have an index."))).Build();
    }

    /// <summary>
    /// The radar of the indexed dimensions on the cycle's scale: the year's indices and, when the
    /// comparison covers every axis, the earlier year's; null with fewer than three axes.
    /// </summary>
    public static RadarChart? Radar(EvaluationReportInput input, Wording w)
    {
        var indexed = input.Result.Index.BySmartCityDimension;
        if (indexed.Count < RadarMinimumAxes)
        {
            return null;
        }

        List<ChartSeries<decimal>> series = [new(input.Result.Year.ToString(), [.. indexed.Select(i => i.Index)])];
        if (input.Change is { } change)
        {
            var earlier = change.BySmartCityDimension.ToDictionary(e => e.Dimension, e => e.Earlier);
            if (indexed.All(i => earlier.ContainsKey(i.Dimension)))
            {
                series.Add(new(change.EarlierYear.ToString(), [.. indexed.Select(i => earlier[i.Dimension])]));
            }
        }

        return new RadarChart(w.T("Radar indeks per dimensi smart city", "Radar of the index per smart city dimension"),
            [.. indexed.Select(i => w.Of(i.Dimension))], series.AsReadOnly(), input.Result.Scale.Minimum, input.Result.Scale.Maximum);
    }
}
