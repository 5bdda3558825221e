namespace Karsa.Interchange.Spreadsheets.Reading;

/// <summary>How a cell stores its value.</summary>
internal enum RawCellKind
{
    /// <summary>A number (or a date, which Excel stores as a number).</summary>
    Number,

    /// <summary>Text (shared, inline or a formula's string result).</summary>
    Text,

    /// <summary>A boolean, an error value or an ISO date: never valid input here.</summary>
    Other,
}

/// <summary>One cell as stored: its kind, its text (the number in invariant form for numbers) and whether it holds a formula.</summary>
internal sealed record RawCell(RawCellKind Kind, string Text, bool HasFormula)
{
    /// <summary>True when the cell shows nothing.</summary>
    public bool IsBlank => !HasFormula && string.IsNullOrWhiteSpace(Text);
}

/// <summary>One row as read: its 1-based number and its cells by 0-based column (only the columns asked for).</summary>
internal sealed record RawRow(int Number, IReadOnlyDictionary<int, RawCell> Cells)
{
    /// <summary>The cell in <paramref name="column"/>, or null when absent.</summary>
    public RawCell? this[int column] => Cells.GetValueOrDefault(column);

    /// <summary>True when none of <paramref name="columns"/> has content.</summary>
    public bool IsBlankIn(IEnumerable<int> columns) => columns.All(c => this[c] is null or { IsBlank: true });
}
