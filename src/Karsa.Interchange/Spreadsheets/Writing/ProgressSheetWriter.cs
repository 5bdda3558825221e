using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Karsa.Domain.Primitives;

namespace Karsa.Interchange.Spreadsheets.Writing;

/// <summary>
/// Writes the progress workbook of a <see cref="ProgressSheetTemplate"/>: an instructions sheet, the
/// programme and indicator sheets (locked codes, names and plans; unlocked inputs; a status list;
/// <c>#,##0</c> money), and a very hidden metadata sheet naming region, agency, year and version.
/// </summary>
public static class ProgressSheetWriter
{
    /// <summary>Writes the workbook to <paramref name="output"/> (left open).</summary>
    public static void Write(ProgressSheetTemplate template, Stream output)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanSeek)
        {
            using var buffer = new MemoryStream();
            Write(template, buffer);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = TemplateStyles.Create();
        var layouts = SheetLayouts.For(template);
        var language = template.Language;
        var sheets = new Sheets();

        AddSheet(workbook, sheets, SheetTexts.InstructionsSheet.In(language), part => WriteInstructions(part, template));
        AddSheet(workbook, sheets, SheetTexts.ProgrammeSheet.In(language), part => DataSheetWriter.WriteProgrammes(part, template, layouts.Programme));
        AddSheet(workbook, sheets, SheetTexts.IndicatorSheet.In(language), part => DataSheetWriter.WriteIndicators(part, template, layouts.Indicator));
        AddSheet(workbook, sheets, SheetTexts.MetadataSheet, part => MetadataSheet.Write(part, template)).State = SheetStateValues.VeryHidden;

        workbook.Workbook = new Workbook(
            new WorkbookProtection { LockStructure = true },
            new BookViews(new WorkbookView { ActiveTab = 1 }),
            sheets);
    }

    private static Sheet AddSheet(WorkbookPart workbook, Sheets sheets, string name, Action<WorksheetPart> write)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        write(part);
        var sheet = new Sheet { Name = name, SheetId = (uint)sheets.Count() + 1, Id = workbook.GetIdOfPart(part) };
        sheets.Append(sheet);
        return sheet;
    }

    private static void WriteInstructions(WorksheetPart part, ProgressSheetTemplate template)
    {
        using var sheet = new SheetStream(part, [120], freezeHeader: false);
        sheet.Row(1, [Cells.Text(0, 1, SheetTexts.Title(template).In(template.Language), TemplateStyle.Title)]);
        var row = 3;
        foreach (var line in SheetTexts.Instructions)
        {
            sheet.Row(row, [Cells.Text(0, row, line.In(template.Language), TemplateStyle.Default)]);
            row++;
        }

        sheet.Finish([]);
    }
}
