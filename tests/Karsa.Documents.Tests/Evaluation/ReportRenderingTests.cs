using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Karsa.Documents;
using Karsa.Documents.Evaluation;
using Karsa.Documents.Rendering.Docx;
using Karsa.Documents.Rendering.Html;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation;
using Karsa.Monitoring.Evaluation.Scoring;
using Karsa.Testing;
using UglyToad.PdfPig;
using static Karsa.Documents.Tests.Evaluation.ReportFixture;

namespace Karsa.Documents.Tests.Evaluation;

/// <summary>The report through the book's three renderers: DOCX, HTML and PDF.</summary>
public class ReportRenderingTests
{
    private static string Shown(decimal index) => IndexDisplay.Format(index, Language.Indonesian);

    /// <summary>Each evaluation dimension's name and its index as shown, in the report's language.</summary>
    private static IEnumerable<(string Name, string Index)> DimensionRows(EvaluationReportInput input, Language language) =>
        EvaluationDimensions.All.Select(d => (d.Name().In(language), Shown(input.Result.Index.Of(d))));

    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void The_docx_opens_validates_and_has_the_index_tables_and_the_appendix(Language language)
    {
        var input = Input();
        using var document = WordprocessingDocument.Open(new MemoryStream(DocxBookWriter.Render(EvaluationReport.Build(input, language))), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var body = document.MainDocumentPart!.Document!.Body!;
        var rows = body.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => DocxPlainText.Of(c)).ToList()).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        // Key figures, the two index tables and the appendix.
        Assert.Equal(1 + 2 + 1, body.Descendants<Table>().Count());
        foreach (var (name, index) in DimensionRows(input, language))
        {
            Assert.Contains(rows, cells => cells[0] == name && cells.Contains(index));
        }

        Assert.Contains(rows, cells => cells[0] == "B1" && cells[^1] == Hostile);
        Assert.Contains(EvaluationReport.Title(language), DocxPlainText.Of(body), StringComparison.Ordinal);
        Assert.Single(document.MainDocumentPart.ImageParts);
    }

    [Theory]
    [InlineData(Language.Indonesian, "id")]
    [InlineData(Language.English, "en")]
    public void The_html_has_no_script_shows_user_text_as_text_and_carries_the_tables(Language language, string lang)
    {
        var input = Input();
        var html = HtmlBookWriter.Render(EvaluationReport.Build(input, language));
        var document = new HtmlParser().ParseDocument(html);
        var rows = document.QuerySelectorAll("tr").Select(r => r.QuerySelectorAll("td, th").Select(c => c.TextContent).ToList()).ToList();

        Assert.Equal(lang, document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("script, iframe, object, embed, link, img"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Hostile, document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Single(document.QuerySelectorAll("figure svg"));
        foreach (var (name, index) in DimensionRows(input, language))
        {
            Assert.Contains(rows, cells => cells[0] == name && cells.Contains(index));
        }
    }

    [SkippableFact]
    public async Task The_pdf_prints_with_the_cover_summary_tables_and_appendix()
    {
        Chromium.Require();
        var input = Input();
        var path = Path.Combine(Path.GetTempPath(), $"karsa-evalreport-{Guid.NewGuid():N}.pdf");
        try
        {
            await BookWriter.WriteAsync(EvaluationReport.Build(input), path, BookFormat.Pdf);
            using var pdf = PdfDocument.Open(path);
            var text = Books.Squash(string.Concat(pdf.GetPages().Select(p => p.Text)));

            Assert.True(pdf.NumberOfPages >= 3, $"only {pdf.NumberOfPages} pages");
            foreach (var expected in new[] { EvaluationReport.Title(Language.Indonesian), RegionName, "33.13", Shown(input.Result.Index.Overall), "2 dari 4", Strength.Indonesian, OverrideNote })
            {
                Assert.True(text.Contains(Books.Squash(expected), StringComparison.Ordinal), $"missing: {expected}");
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(BookFormat.Docx, "PK")]
    [InlineData(BookFormat.Html, "<!DOCTYPE html>")]
    public async Task Writing_a_file_uses_the_format_asked_for(BookFormat format, string start)
    {
        var path = Path.Combine(Path.GetTempPath(), $"karsa-evalreport-{Guid.NewGuid():N}.{format}");
        try
        {
            await BookWriter.WriteAsync(EvaluationReport.Build(Input(full: false)), path, format);
            Assert.StartsWith(start, await File.ReadAllTextAsync(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
