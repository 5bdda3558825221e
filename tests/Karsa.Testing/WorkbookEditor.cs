using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Karsa.Testing;

/// <summary>Fills cells of a produced workbook the way a user in Excel would (text goes to the shared-string table).</summary>
public sealed class WorkbookEditor : IDisposable
{
    private readonly MemoryStream _stream = new();
    private readonly SpreadsheetDocument _document;

    /// <summary>Opens a copy of <paramref name="workbook"/> for editing.</summary>
    public WorkbookEditor(byte[] workbook)
    {
        _stream.Write(workbook);
        _document = SpreadsheetDocument.Open(_stream, true);
    }

    /// <summary>The open workbook.</summary>
    public SpreadsheetDocument Document => _document;

    /// <summary>The bytes of <paramref name="workbook"/> after <paramref name="edit"/>.</summary>
    public static byte[] Edit(byte[] workbook, Action<WorkbookEditor> edit)
    {
        using var editor = new WorkbookEditor(workbook);
        edit(editor);
        return editor.Save();
    }

    /// <summary>Types <paramref name="text"/> into a cell (a shared string, as Excel stores it).</summary>
    public WorkbookEditor Text(string sheet, string reference, string text)
    {
        var table = _document.WorkbookPart!.SharedStringTablePart ?? _document.WorkbookPart.AddNewPart<SharedStringTablePart>();
        table.SharedStringTable ??= new SharedStringTable();
        table.SharedStringTable.Append(new SharedStringItem(new Text(text)));
        var cell = CellAt(sheet, reference);
        cell.DataType = CellValues.SharedString;
        cell.CellValue = new CellValue(table.SharedStringTable.Elements<SharedStringItem>().Count() - 1);
        cell.InlineString = null;
        return this;
    }

    /// <summary>Types a number into a cell.</summary>
    public WorkbookEditor Number(string sheet, string reference, decimal value)
    {
        var cell = CellAt(sheet, reference);
        cell.DataType = null;
        cell.InlineString = null;
        cell.CellValue = new CellValue(value);
        return this;
    }

    /// <summary>Puts a formula with a cached value into a cell.</summary>
    public WorkbookEditor Formula(string sheet, string reference, string formula, decimal cached)
    {
        Number(sheet, reference, cached);
        CellAt(sheet, reference).CellFormula = new CellFormula(formula);
        return this;
    }

    /// <summary>The worksheet named <paramref name="name"/>.</summary>
    public Worksheet Sheet(string name)
    {
        var workbook = _document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!.Value!)).Worksheet;
    }

    /// <summary>
    /// The column letters of the first header cell in row 1 of <paramref name="sheet"/> whose text starts with
    /// <paramref name="header"/>, so a test fills a cell by its column's name, not its position.
    /// </summary>
    public string ColumnHeaded(string sheet, string header)
    {
        var strings = _document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var headers = Sheet(sheet).GetFirstChild<SheetData>()!.Elements<Row>().First(r => r.RowIndex! == 1u).Elements<Cell>();
        var cell = headers.FirstOrDefault(c => TextOf(c, strings).StartsWith(header, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Sheet '{sheet}' has no column headed '{header}'.");
        return string.Concat(cell.CellReference!.Value!.TakeWhile(char.IsLetter));
    }

    /// <summary>Closes the workbook and returns its bytes.</summary>
    public byte[] Save()
    {
        _document.Dispose();
        return _stream.ToArray();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static string TextOf(Cell cell, List<string> strings) =>
        cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
        : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? "";

    private Cell CellAt(string sheet, string reference)
    {
        var rowNumber = int.Parse(reference.AsSpan(reference.AsSpan().IndexOfAnyInRange('0', '9')), System.Globalization.CultureInfo.InvariantCulture);
        var data = Sheet(sheet).GetFirstChild<SheetData>()!;
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == (uint)rowNumber);
        if (row is null)
        {
            row = new Row { RowIndex = (uint)rowNumber };
            data.Append(row);
        }

        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            row.Append(cell);
        }

        return cell;
    }
}
