using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Monitoring.Evaluation;

namespace Karsa.Documents.Evaluation;

/// <summary>The index per evaluation dimension (Baseline, Output, Outcome, Impact, Quick Win) with the cycle's weights, and the overall index.</summary>
internal static class EvaluationDimensionChapter
{
    public static Chapter Build(EvaluationReportInput input, Wording w, int number)
    {
        var index = input.Result.Index;
        var weights = input.Cycle.Instrument.Weights;
        var change = input.Change;
        var rows = index.ByEvaluationDimension.Select(i => new TableRow(
        [
            w.Of(i.Dimension.Name()),
            ReportNumbers.Percent(weights.Of(i.Dimension)),
            .. IndexColumns.Cells(i.Questions, i.Index, change, change?.ByEvaluationDimension.First(d => d.Dimension == i.Dimension).Delta),
        ]));
        var total = new TableRow(
        [
            w.T("Indeks keseluruhan", "Overall index"),
            ReportNumbers.Percent(EvaluationDimensions.All.Sum(weights.Of)),
            .. IndexColumns.Cells(index.ByEvaluationDimension.Sum(i => i.Questions), index.Overall, change, change?.Overall),
        ], IsTotal: true);
        return new ReportChapter(w, number, w.T("Indeks per Dimensi Evaluasi", "Index per Evaluation Dimension"))
            .Text(w.T(
                "Indeks setiap dimensi evaluasi adalah rerata berbobot nilai terverifikasi pertanyaannya. Indeks keseluruhan adalah rerata indeks kelima dimensi dengan bobot siklus ini.",
                "Each evaluation dimension's index is the weighted mean of its questions' verified scores. The overall index is the mean of the five dimensions' indices under this cycle's weights."))
            .Table(w.T("Indeks per dimensi evaluasi", "Index per evaluation dimension"),
                IndexColumns.Of(w, w.T("Dimensi evaluasi", "Evaluation dimension"), change, new TableColumn(w.T("Bobot", "Weight"), ColumnAlign.Right)),
                [.. rows, total])
            .Build();
    }
}
