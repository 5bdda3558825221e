using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Karsa.Interchange.Spreadsheets.Writing;

/// <summary>Cell elements for the streaming writer: inline text, numbers, and empty styled cells.</summary>
internal static class Cells
{
    /// <summary>The reference of the 0-based <paramref name="column"/> in 1-based <paramref name="row"/>, e.g. <c>C7</c>.</summary>
    public static string Reference(int column, int row) => ColumnLetters.Of(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>A text cell (inline string, so no shared-string table is needed while streaming).</summary>
    public static Cell Text(int column, int row, string text, TemplateStyle style) => new(new InlineString(new Text(text)))
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style.Index(),
    };

    /// <summary>A numeric cell.</summary>
    public static Cell Number(int column, int row, decimal value, TemplateStyle style) => new(new CellValue(value))
    {
        CellReference = Reference(column, row),
        StyleIndex = style.Index(),
    };

    /// <summary>An empty cell that carries a style (an unlocked input cell).</summary>
    public static Cell Empty(int column, int row, TemplateStyle style) => new()
    {
        CellReference = Reference(column, row),
        StyleIndex = style.Index(),
    };
}
