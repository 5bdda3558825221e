using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Karsa.Documents.Rendering.Docx;
using Karsa.Domain.Primitives;
using Karsa.Testing;
using SkiaSharp;

namespace Karsa.Documents.Tests;

/// <summary>
/// Tables of the DOCX of the wide realistic plan (both languages) and of the Karanganyar sample with its
/// solved roadmap fit the page: their grids sum to no more than the text
/// width, and no word in a cell (measured in the document's font) is wider than its column.
/// </summary>
public class DocxLayoutTests
{
    private const string Font = "Liberation Sans";

    private static WordprocessingDocument Open(string plan, Language language) =>
        WordprocessingDocument.Open(new MemoryStream(DocxBookWriter.Render(plan == "sample"
            ? Books.Of(SamplePlan.Value, language, roadmap: SamplePlan.SolvedRoadmap)
            : Books.Of(TestPlans.Realistic(), language))), false);

    private static int TextWidth(WordprocessingDocument document)
    {
        var section = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var margins = section.GetFirstChild<PageMargin>()!;
        return (int)section.GetFirstChild<PageSize>()!.Width!.Value - (int)margins.Left!.Value - (int)margins.Right!.Value;
    }

    [Theory]
    [InlineData("realistic", Language.Indonesian)]
    [InlineData("realistic", Language.English)]
    [InlineData("sample", Language.Indonesian)]
    public void Every_table_grid_fits_the_text_width(string plan, Language language)
    {
        using var document = Open(plan, language);
        var textWidth = TextWidth(document);
        var tables = document.MainDocumentPart!.Document!.Body!.Descendants<Table>().ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(grid <= textWidth, $"table grid {grid} twips > text width {textWidth}: {table.InnerText[..Math.Min(80, table.InnerText.Length)]}");
            Assert.Equal(TableLayoutValues.Fixed, table.GetFirstChild<TableProperties>()!.GetFirstChild<TableLayout>()!.Type!.Value);
        }
    }

    [SkippableTheory]
    [InlineData("realistic", Language.Indonesian)]
    [InlineData("realistic", Language.English)]
    [InlineData("sample", Language.Indonesian)]
    public void No_word_in_a_table_cell_is_wider_than_its_column(string plan, Language language)
    {
        using var regular = SKTypeface.FromFamilyName(Font, SKFontStyle.Normal);
        using var bold = SKTypeface.FromFamilyName(Font, SKFontStyle.Bold);
        var installed = regular.FamilyName == Font;
        Assert.False(!installed && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
            $"CI=true but font {Font} is not installed (apt-get install fonts-liberation)");
        Skip.IfNot(installed, $"font {Font} not installed (apt-get install fonts-liberation)");
        using var document = Open(plan, language);
        var styleMargins = CellMargins(document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Descendants<TableCellMarginDefault>().First());
        var tooWide = new List<string>();
        foreach (var table in document.MainDocumentPart!.Document!.Body!.Descendants<Table>())
        {
            var grid = table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var margins = table.GetFirstChild<TableProperties>()!.GetFirstChild<TableCellMarginDefault>() is { } own ? CellMargins(own) : styleMargins;
            foreach (var row in table.Elements<TableRow>())
            {
                foreach (var (cell, column) in row.Elements<TableCell>().Select((c, i) => (c, i)))
                {
                    foreach (var run in cell.Descendants<Run>())
                    {
                        var points = int.Parse(run.RunProperties?.FontSize?.Val?.Value ?? "21", System.Globalization.CultureInfo.InvariantCulture) / 2f;
                        using var font = new SKFont(run.RunProperties?.Bold is null ? regular : bold, points);
                        foreach (var word in Words(DocxPlainText.Of(run, DocxPlainText.NonBreakingHyphen)))
                        {
                            var twips = font.MeasureText(word.Replace(DocxPlainText.NonBreakingHyphen, '-')) * 20;
                            if (twips > grid[column] - margins)
                            {
                                tooWide.Add($"'{word}' {twips:0} twips in a column of {grid[column] - margins} (table headed '{table.Elements<TableRow>().First().InnerText}')");
                            }
                        }
                    }
                }
            }
        }

        Assert.True(tooWide.Count == 0, $"{tooWide.Count} words wider than their column, e.g.\n{string.Join("\n", tooWide.Distinct().Take(10))}");
    }

    /// <summary>The pieces Word cannot break: split at spaces and after hyphens (not after non-breaking ones).</summary>
    private static string[] Words(string text) =>
        text.Replace("-", "- ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static int CellMargins(TableCellMarginDefault margins) =>
        (int)margins.TableCellLeftMargin!.Width!.Value + (int)margins.TableCellRightMargin!.Width!.Value;
}
