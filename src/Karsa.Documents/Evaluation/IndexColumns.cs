using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Monitoring.Evaluation.National;

namespace Karsa.Documents.Evaluation;

/// <summary>The columns both index tables share: questions, index and, with a comparison, the change since the earlier year.</summary>
internal static class IndexColumns
{
    /// <summary>A dash for a value that does not exist (no question, no index, no earlier index): absent, not zero.</summary>
    public const string None = "-";

    /// <summary>The dimension column, then <paramref name="middle"/>, then questions, index and change.</summary>
    public static IReadOnlyList<TableColumn> Of(Wording w, string dimension, RegionComparison? change, params IEnumerable<TableColumn> middle) =>
    [
        new(dimension, Width: 3),
        .. middle,
        new(w.T("Pertanyaan", "Questions"), ColumnAlign.Right),
        new(w.T("Indeks", "Index"), ColumnAlign.Right),
        .. change is null ? [] : new[] { new TableColumn(w.T($"Perubahan sejak {change.EarlierYear}", $"Change since {change.EarlierYear}"), ColumnAlign.Right, 2) },
    ];

    /// <summary>The cells of the shared columns: the question count, the index and, with a comparison, the change (a dash when absent).</summary>
    public static IEnumerable<string> Cells(int questions, decimal? index, RegionComparison? change, decimal? delta) =>
    [
        questions == 0 ? None : Wording.Number(questions),
        index is { } value ? ReportNumbers.Index(value) : None,
        .. change is null ? [] : new[] { delta is { } d ? ReportNumbers.Change(d) : None },
    ];
}
