using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Karsa.Interchange.Spreadsheets.Writing;

/// <summary>
/// Writes one worksheet with <see cref="OpenXmlWriter"/> in the order the schema demands: views,
/// column widths, rows, then protection and validations. Rows are streamed, never held.
/// </summary>
internal sealed class SheetStream : IDisposable
{
    private readonly OpenXmlWriter _writer;

    /// <summary>Starts the sheet with the given column widths; the first row stays visible when <paramref name="freezeHeader"/>.</summary>
    public SheetStream(WorksheetPart part, IEnumerable<double> widths, bool freezeHeader)
    {
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartElement(new Worksheet());
        if (freezeHeader)
        {
            _writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }));
        }

        var columns = widths.Select((width, index) => new Column { Min = (uint)index + 1, Max = (uint)index + 1, Width = width, CustomWidth = true }).ToArray();
        if (columns.Length > 0)
        {
            _writer.WriteElement(new Columns(columns));
        }

        _writer.WriteStartElement(new SheetData());
    }

    /// <summary>Writes row <paramref name="row"/> (1-based) with its cells.</summary>
    public void Row(int row, IEnumerable<Cell> cells)
    {
        _writer.WriteStartElement(new Row { RowIndex = (uint)row });
        foreach (var cell in cells)
        {
            _writer.WriteElement(cell);
        }

        _writer.WriteEndElement();
    }

    /// <summary>
    /// Closes the rows, protects the sheet unless <paramref name="protect"/> is false (no password: it
    /// guards against slips, the reader checks everything) and adds <paramref name="validations"/>.
    /// </summary>
    public void Finish(IReadOnlyList<DataValidation> validations, bool protect = true)
    {
        _writer.WriteEndElement();
        if (protect)
        {
            _writer.WriteElement(new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false });
        }

        if (validations.Count > 0)
        {
            _writer.WriteElement(new DataValidations(validations) { Count = (uint)validations.Count });
        }

        _writer.WriteEndElement();
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();
}
