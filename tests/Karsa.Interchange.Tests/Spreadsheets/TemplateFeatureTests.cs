using DocumentFormat.OpenXml.Spreadsheet;
using Karsa.Testing;

namespace Karsa.Interchange.Tests.Spreadsheets;

/// <summary>
/// The features the library was chosen for, read back from a produced file: sheet and workbook
/// protection with unlocked input cells, the status list validation, number formats and the very
/// hidden metadata sheet. These fail if the library (or its use) stops writing any of them.
/// </summary>
public sealed class TemplateFeatureTests : IDisposable
{
    private readonly WorkbookEditor _workbook = new(SheetSamples.Write(SheetSamples.Template()));

    public void Dispose() => _workbook.Dispose();

    private CellFormat StyleOf(string sheet, string reference)
    {
        var cell = _workbook.Sheet(sheet).Descendants<Cell>().Single(c => c.CellReference == reference);
        var formats = _workbook.Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        return formats[(int)cell.StyleIndex!.Value];
    }

    [Theory]
    [InlineData("Program")]
    [InlineData("Indikator")]
    [InlineData("Petunjuk")]
    public void Every_visible_sheet_is_protected(string sheet)
    {
        var protection = _workbook.Sheet(sheet).GetFirstChild<SheetProtection>();

        Assert.True(protection?.Sheet?.Value);
    }

    [Theory]
    [InlineData("Program", "A2", true)]
    [InlineData("Program", "B3", true)]
    [InlineData("Program", "C2", true)]
    [InlineData("Program", "E2", false)]
    [InlineData("Program", "F4", false)]
    [InlineData("Program", "H3", false)]
    [InlineData("Program", "I2", false)]
    [InlineData("Indikator", "D2", true)]
    [InlineData("Indikator", "E2", false)]
    [InlineData("Indikator", "F3", false)]
    public void Codes_names_and_plans_are_locked_and_inputs_are_not(string sheet, string reference, bool locked)
    {
        var format = StyleOf(sheet, reference);

        Assert.True(format.ApplyProtection?.Value);
        Assert.Equal(locked, format.Protection?.Locked?.Value ?? true);
    }

    [Theory]
    [InlineData("C2")]
    [InlineData("D3")]
    [InlineData("G2")]
    [InlineData("H4")]
    public void Money_cells_use_the_whole_number_format_with_thousands_separators(string reference)
    {
        // Built-in format 3 is "#,##0": Excel shows it with the reader's separators (1.250.000 in Indonesian Excel).
        Assert.Equal(3u, StyleOf("Program", reference).NumberFormatId?.Value);
    }

    [Fact]
    public void The_status_column_offers_the_list_from_the_metadata_sheet()
    {
        var validations = _workbook.Sheet("Program").GetFirstChild<DataValidations>()!.Elements<DataValidation>().ToList();

        var status = Assert.Single(validations, v => v.Type?.Value == DataValidationValues.List);
        // Three programmes on rows 2..4; three statuses on karsa_meta rows 2..4.
        Assert.Equal("E2:E4", status.SequenceOfReferences!.InnerText);
        Assert.Equal("karsa_meta!$D$2:$D$4", status.Formula1!.Text);
        var progress = Assert.Single(validations, v => v.SequenceOfReferences!.InnerText == "F2:F4");
        Assert.Equal(("0", "100"), (progress.Formula1!.Text, progress.Formula2!.Text));
    }

    [Fact]
    public void The_metadata_sheet_is_very_hidden_and_the_structure_locked()
    {
        var workbook = _workbook.Document.WorkbookPart!.Workbook;

        var meta = workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "karsa_meta");
        Assert.Equal(SheetStateValues.VeryHidden, meta.State?.Value);
        Assert.True(workbook.WorkbookProtection?.LockStructure?.Value);
    }
}
