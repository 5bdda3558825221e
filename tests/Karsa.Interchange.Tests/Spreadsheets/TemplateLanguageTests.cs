using Karsa.Domain.Primitives;
using Karsa.Interchange.Spreadsheets;
using Karsa.Testing;

namespace Karsa.Interchange.Tests.Spreadsheets;

/// <summary>The template speaks Indonesian by default and English on request: sheet names, headers, list names and instructions.</summary>
public class TemplateLanguageTests
{
    [Theory]
    [InlineData(Language.Indonesian, "Petunjuk", "Program", "Indikator", "Progres (%)", "Realisasi APBN (Rp)", "Berjalan")]
    [InlineData(Language.English, "Instructions", "Programmes", "Indicators", "Progress (%)", "Realised APBN (Rp)", "Running")]
    public void Sheet_names_headers_and_status_names_follow_the_language(Language language, string instructions, string programmes, string indicators, string progressHeader, string realisedHeader, string running)
    {
        using var workbook = new WorkbookEditor(SheetSamples.Write(SheetSamples.Template(language)));

        var names = workbook.Document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value);
        Assert.Equal([instructions, programmes, indicators, "karsa_meta"], names);
        Assert.Equal(progressHeader, CellText(workbook, programmes, "F1"));
        Assert.Equal(realisedHeader, CellText(workbook, programmes, "H1"));
        Assert.Equal(running, CellText(workbook, "karsa_meta", "D3"));
    }

    [Fact]
    public void The_default_language_is_Indonesian()
    {
        var template = SheetSamples.Template();

        Assert.Equal(Language.Indonesian, template.Language);
        Assert.Equal(Language.English, template.In(Language.English).Language);
    }

    internal static string? CellText(WorkbookEditor workbook, string sheet, string reference) =>
        workbook.Sheet(sheet).Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().Single(c => c.CellReference == reference).InnerText;
}
