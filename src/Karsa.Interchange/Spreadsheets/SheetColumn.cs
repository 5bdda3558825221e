using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>What a column holds, which decides its cell style and how its cells are read.</summary>
internal enum ColumnContent
{
    /// <summary>Locked text (codes, names, units).</summary>
    LockedText,

    /// <summary>Locked whole Rupiah.</summary>
    LockedMoney,

    /// <summary>Locked decimal number.</summary>
    LockedNumber,

    /// <summary>A status chosen from the list.</summary>
    Status,

    /// <summary>A percentage 0..100 to fill.</summary>
    Percent,

    /// <summary>Whole Rupiah to fill.</summary>
    Money,

    /// <summary>A decimal number to fill.</summary>
    Number,

    /// <summary>Free text to fill.</summary>
    Text,
}

/// <summary>One column of a data sheet: its 0-based index, field key, header in both languages and content.</summary>
internal sealed record SheetColumn(int Index, string Field, LocalizedText Header, ColumnContent Content, double Width)
{
    /// <summary>The column letters, e.g. <c>F</c>.</summary>
    public string Letter => ColumnLetters.Of(Index);

    /// <summary>True for the columns the agency may edit.</summary>
    public bool IsInput => Content is not (ColumnContent.LockedText or ColumnContent.LockedMoney or ColumnContent.LockedNumber);
}
