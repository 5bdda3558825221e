using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Karsa.Documents.Model;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;
using WTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace Karsa.Documents.Rendering.Docx;

/// <summary>
/// Book tables as Word tables: 100% of the text width in fixed columns sized from the content (summing
/// exactly to the text width), a header row repeated on every page and kept with the first rows, rows kept whole.
/// </summary>
internal static class DocxTables
{
    /// <summary>The text width of an A4 page with the book's margins, in twentieths of a point.</summary>
    public const int TextWidth = 11906 - (2 * DocxLayout.SideMargin);

    /// <summary>Body rows kept on the page of the header row.</summary>
    private const int RowsKeptWithHeader = 2;

    public static WTable Table(Model.Table table)
    {
        var widths = Twips(ColumnWidths.Shares(table));
        var size = table.Compact ? 15 : 18;
        var properties = new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLayout { Type = TableLayoutValues.Fixed });
        if (table.Compact)
        {
            var margin = new TableCellMarginDefault(new TableCellLeftMargin { Width = 57, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = 57, Type = TableWidthValues.Dxa });
            properties.Append(margin);
        }

        properties.Append(new TableLook { Val = "04A0" });
        var result = new WTable(properties);
        result.Append(new TableGrid([.. widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })]));
        result.Append(Row(table.Columns.Select(c => c.Header).ToList(), table, widths, size, header: true, bold: true, keepWithNext: true));
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            result.Append(Row(row.Cells, table, widths, size, header: false, bold: row.IsTotal, keepWithNext: r < Math.Min(RowsKeptWithHeader, table.Rows.Count - 1)));
        }

        return result;
    }

    /// <summary>Shares of the text width as whole twips that sum exactly to <see cref="TextWidth"/>.</summary>
    private static List<int> Twips(IReadOnlyList<double> shares)
    {
        var widths = shares.Select(s => (int)Math.Floor(TextWidth * s)).ToList();
        widths[^1] += TextWidth - widths.Sum();
        return widths;
    }

    /// <summary>Headline numbers as a one-row table of boxes.</summary>
    public static WTable KeyFigures(KeyFigures keys)
    {
        var width = TextWidth / Math.Max(1, keys.Items.Count);
        var row = new WTableRow(new TableRowProperties(new CantSplit()));
        foreach (var key in keys.Items)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                DocxText.Paragraph(key.Value, bold: true, halfPoints: 24),
                DocxText.Paragraph(key.Label, halfPoints: 16)));
        }

        return new WTable(
            new TableProperties(new TableStyle { Val = "TableGrid" }, new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid([.. keys.Items.Select(_ => new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) })]),
            row);
    }

    private static WTableRow Row(IReadOnlyList<string> cells, Model.Table table, List<int> widths, int size, bool header, bool bold, bool keepWithNext)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new WTableRow(properties);
        for (var i = 0; i < cells.Count; i++)
        {
            var cellProperties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
            if (header)
            {
                cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E6E6E6" });
            }

            var paragraphProperties = keepWithNext ? new ParagraphProperties(new KeepNext()) : new ParagraphProperties();
            paragraphProperties.Append(new Justification { Val = Justify(table.Columns[i].Align) });
            var paragraph = new Paragraph(paragraphProperties, DocxText.Run(cells[i], bold, halfPoints: size));
            row.Append(new TableCell(cellProperties, paragraph));
        }

        return row;
    }

    private static JustificationValues Justify(ColumnAlign align) => align switch
    {
        ColumnAlign.Right => JustificationValues.Right,
        ColumnAlign.Center => JustificationValues.Center,
        _ => JustificationValues.Left,
    };
}
