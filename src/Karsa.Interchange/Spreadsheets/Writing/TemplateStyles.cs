using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Karsa.Interchange.Spreadsheets.Writing;

/// <summary>The cell styles of the template; the value is the index in the stylesheet's cell formats.</summary>
internal enum TemplateStyle : uint
{
    /// <summary>Excel's default (locked).</summary>
    Default = 0,

    /// <summary>Bold header on a tinted fill, locked.</summary>
    Header = 1,

    /// <summary>Locked text on grey.</summary>
    LockedText = 2,

    /// <summary>Locked whole Rupiah on grey, format <c>#,##0</c>.</summary>
    LockedMoney = 3,

    /// <summary>Locked decimal on grey, format <c>#,##0.00</c>.</summary>
    LockedNumber = 4,

    /// <summary>Unlocked text.</summary>
    InputText = 5,

    /// <summary>Unlocked whole Rupiah, format <c>#,##0</c>.</summary>
    InputMoney = 6,

    /// <summary>Unlocked decimal, format <c>#,##0.00</c>.</summary>
    InputNumber = 7,

    /// <summary>Unlocked percentage 0..100, format <c>0.00</c>.</summary>
    InputPercent = 8,

    /// <summary>Bold title, locked.</summary>
    Title = 9,
}

/// <summary>Builds the stylesheet whose cell formats match <see cref="TemplateStyle"/>.</summary>
internal static class TemplateStyles
{
    /// <summary>Excel's built-in number format <c>#,##0</c>: whole numbers with the reader's own thousands separator.</summary>
    public const uint WholeNumberFormat = 3;

    /// <summary>Excel's built-in number format <c>#,##0.00</c>.</summary>
    public const uint DecimalNumberFormat = 4;

    /// <summary>Excel's built-in number format <c>0.00</c>.</summary>
    public const uint PlainDecimalFormat = 2;

    /// <summary>The stylesheet.</summary>
    public static Stylesheet Create() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFEDEDED"),
            Solid("FFD9E1F2")),
        new Borders(new Border()),
        new CellFormats(
            Format(0, 0, 0, locked: true),
            Format(1, 3, 0, locked: true),
            Format(0, 2, 0, locked: true),
            Format(0, 2, WholeNumberFormat, locked: true),
            Format(0, 2, DecimalNumberFormat, locked: true),
            Format(0, 0, 0, locked: false),
            Format(0, 0, WholeNumberFormat, locked: false),
            Format(0, 0, DecimalNumberFormat, locked: false),
            Format(0, 0, PlainDecimalFormat, locked: false),
            Format(1, 0, 0, locked: true)));

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }) { PatternType = PatternValues.Solid });

    private static CellFormat Format(uint font, uint fill, uint numberFormat, bool locked) => new(new Protection { Locked = locked })
    {
        FontId = font,
        FillId = fill,
        BorderId = 0,
        NumberFormatId = numberFormat,
        ApplyFont = font != 0,
        ApplyFill = fill != 0,
        ApplyNumberFormat = numberFormat != 0,
        ApplyProtection = true,
    };

    /// <summary>The style of a column's data cells.</summary>
    public static TemplateStyle For(ColumnContent content) => content switch
    {
        ColumnContent.LockedText => TemplateStyle.LockedText,
        ColumnContent.LockedMoney => TemplateStyle.LockedMoney,
        ColumnContent.LockedNumber => TemplateStyle.LockedNumber,
        ColumnContent.Money => TemplateStyle.InputMoney,
        ColumnContent.Number => TemplateStyle.InputNumber,
        ColumnContent.Percent => TemplateStyle.InputPercent,
        _ => TemplateStyle.InputText,
    };

    /// <summary>The style index as the cell attribute wants it.</summary>
    public static UInt32Value Index(this TemplateStyle style) => (uint)style;
}
