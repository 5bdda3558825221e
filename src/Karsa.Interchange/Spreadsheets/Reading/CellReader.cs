using System.Globalization;

namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>
/// Reads typed values from the cells of one sheet, reporting each bad cell at its place. Every
/// method returns false after reporting; true with null means the cell is empty.
/// </summary>
internal sealed class CellReader(string sheet, ProblemSink problems, SpreadsheetLimits limits)
{
    /// <summary>The sheet name as in the file.</summary>
    public string Sheet => sheet;

    /// <summary>The problems found so far.</summary>
    public ProblemSink Problems => problems;

    /// <summary>The place of <paramref name="column"/> in <paramref name="row"/>.</summary>
    public CellPlace Place(RawRow row, SheetColumn column) => new(sheet, row.Number, column);

    /// <summary>The trimmed text of a cell (numbers in invariant form).</summary>
    public bool Text(RawRow row, SheetColumn column, out string? text)
    {
        text = null;
        if (!Plain(row, column, out var cell))
        {
            return false;
        }

        if (cell is null)
        {
            return true;
        }

        text = cell.Text.Trim();
        if (text.Length > limits.MaxTextLength)
        {
            problems.Add(SheetProblems.TextTooLong(Place(row, column), text.Length, limits.MaxTextLength));
            text = null;
            return false;
        }

        return true;
    }

    /// <summary>A number from a numeric cell or from text in either convention.</summary>
    public bool Number(RawRow row, SheetColumn column, out decimal? number)
    {
        number = null;
        if (!Plain(row, column, out var cell))
        {
            return false;
        }

        if (cell is null)
        {
            return true;
        }

        var parsed = cell.Kind == RawCellKind.Number
            ? decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            : TolerantNumber.TryParse(cell.Text, out value);
        if (!parsed)
        {
            problems.Add(SheetProblems.NotANumber(Place(row, column), cell.Text.Trim()));
            return false;
        }

        number = value;
        return true;
    }

    /// <summary>Whole, non-negative Rupiah.</summary>
    public bool Money(RawRow row, SheetColumn column, out long? amount)
    {
        amount = null;
        if (!Number(row, column, out var number))
        {
            return false;
        }

        if (number is not { } value)
        {
            return true;
        }

        if (value < 0)
        {
            problems.Add(SheetProblems.MoneyNegative(Place(row, column), value));
            return false;
        }

        if (value != decimal.Truncate(value) || value > long.MaxValue)
        {
            problems.Add(SheetProblems.MoneyNotWhole(Place(row, column), value));
            return false;
        }

        amount = (long)value;
        return true;
    }

    /// <summary>A percentage 0..100.</summary>
    public bool Percent(RawRow row, SheetColumn column, out decimal? percent)
    {
        if (!Number(row, column, out percent))
        {
            return false;
        }

        if (percent is not { } value)
        {
            return true;
        }

        if (value is < 0 or > 100)
        {
            problems.Add(SheetProblems.PercentOutOfRange(Place(row, column), value));
            percent = null;
            return false;
        }

        return true;
    }

    /// <summary>Reports an empty required cell.</summary>
    public void Required(RawRow row, SheetColumn column) => problems.Add(SheetProblems.Required(Place(row, column)));

    private bool Plain(RawRow row, SheetColumn column, out RawCell? cell)
    {
        cell = row[column.Index];
        if (cell is null)
        {
            return true;
        }

        if (cell.HasFormula)
        {
            problems.Add(SheetProblems.Formula(Place(row, column)));
            cell = null;
            return false;
        }

        if (cell.Kind == RawCellKind.Other)
        {
            problems.Add(SheetProblems.NotANumber(Place(row, column), cell.Text));
            cell = null;
            return false;
        }

        if (cell.IsBlank)
        {
            cell = null;
        }

        return true;
    }
}
