using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets;

/// <summary>What is wrong with an uploaded progress workbook.</summary>
public enum SheetProblemKind
{
    /// <summary>The file is not an XLSX workbook (not a zip, or no workbook inside).</summary>
    NotAWorkbook,

    /// <summary>The file is password-encrypted or an old binary .xls.</summary>
    Encrypted,

    /// <summary>The file, one of its parts or their total is too large, or compresses suspiciously well.</summary>
    TooLarge,

    /// <summary>A sheet has more rows than the limit; reading stopped there.</summary>
    TooManyRows,

    /// <summary>A sheet the template has is missing.</summary>
    MissingSheet,

    /// <summary>The workbook was not made by this template version.</summary>
    WrongTemplateVersion,

    /// <summary>The workbook belongs to another region, agency or fiscal year.</summary>
    WrongTarget,

    /// <summary>A header cell differs from the template: columns were moved or renamed.</summary>
    ChangedHeader,

    /// <summary>A cell holds a formula; only typed values are accepted.</summary>
    Formula,

    /// <summary>A row's code is not in the template.</summary>
    UnknownCode,

    /// <summary>A code appears on two rows.</summary>
    DuplicateCode,

    /// <summary>A code of the template has no row.</summary>
    MissingCode,

    /// <summary>A filled row leaves a required cell empty.</summary>
    Required,

    /// <summary>The status is not one of the list.</summary>
    StatusNotInList,

    /// <summary>A cell that needs a number holds something else.</summary>
    NotANumber,

    /// <summary>A percentage outside 0..100.</summary>
    PercentOutOfRange,

    /// <summary>Money with a fraction of a Rupiah.</summary>
    MoneyNotWhole,

    /// <summary>Negative money.</summary>
    MoneyNegative,

    /// <summary>A text longer than the limit.</summary>
    TextTooLong,
}

/// <summary>
/// One problem of an upload, at its place: sheet name as in the file, 1-based row and column letter
/// (null when the problem concerns the whole file, sheet or, for a missing code, no row), the field
/// key (e.g. <c>status</c>, <c>realised.apbd</c>) and the message with what to do, in both languages.
/// </summary>
public sealed record SheetProblem(SheetProblemKind Kind, string? Sheet, int? Row, string? Column, string Field, LocalizedText Message)
{
    /// <summary>The cell reference, e.g. <c>F5</c>, when the problem has a row and a column.</summary>
    public string? Cell => Row is { } row && Column is { } column ? column + row.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <inheritdoc />
    public override string ToString() => Message.Indonesian;
}
