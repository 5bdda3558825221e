using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>
/// Reads a worksheet row by row with <see cref="OpenXmlReader"/> (SAX style): only one cell is ever
/// materialised, and a caller that stops enumerating stops the reading.
/// </summary>
internal static class SheetRowReader
{
    /// <summary>The rows of <paramref name="part"/>, keeping the cells of columns below <paramref name="width"/>.</summary>
    public static IEnumerable<RawRow> Rows(WorksheetPart part, int width, IReadOnlyList<string> sharedStrings)
    {
        using var reader = OpenXmlReader.Create(part);
        Dictionary<int, RawCell>? cells = null;
        var rowNumber = 0;
        var nextColumn = 0;
        var more = reader.Read();
        while (more)
        {
            if (reader.ElementType == typeof(Row))
            {
                if (cells is not null)
                {
                    yield return new RawRow(rowNumber, cells);
                    cells = null;
                }

                if (reader.IsStartElement)
                {
                    rowNumber = RowNumber(reader, rowNumber);
                    cells = [];
                    nextColumn = 0;
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement && cells is not null)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = ColumnLetters.TryParseReference(cell.CellReference?.Value, out var parsed, out _) ? parsed : nextColumn;
                nextColumn = column + 1;
                if (column < width)
                {
                    cells[column] = Convert(cell, sharedStrings);
                }

                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }

        if (cells is not null)
        {
            yield return new RawRow(rowNumber, cells);
        }
    }

    private static int RowNumber(OpenXmlReader reader, int previous)
    {
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "r" && int.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
            {
                return number;
            }
        }

        return previous + 1;
    }

    private static RawCell Convert(Cell cell, IReadOnlyList<string> sharedStrings)
    {
        var formula = cell.CellFormula is not null;
        var value = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type is null || type == CellValues.Number)
        {
            return new RawCell(RawCellKind.Number, value, formula);
        }

        if (type == CellValues.SharedString)
        {
            var text = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count ? sharedStrings[index] : string.Empty;
            return new RawCell(RawCellKind.Text, text, formula);
        }

        if (type == CellValues.InlineString)
        {
            return new RawCell(RawCellKind.Text, cell.InlineString?.InnerText ?? string.Empty, formula);
        }

        return type == CellValues.String
            ? new RawCell(RawCellKind.Text, value, formula)
            : new RawCell(RawCellKind.Other, value, formula);
    }
}
