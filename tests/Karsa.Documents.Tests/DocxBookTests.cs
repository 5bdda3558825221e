using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Karsa.Documents.Rendering.Docx;
using Karsa.Domain.Primitives;
using Karsa.Testing;

namespace Karsa.Documents.Tests;

public class DocxBookTests
{
    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    /// <summary>The level 1 and 2 headings and ("T:") the titles of the contents and lists, in document order.</summary>
    internal static List<string> Outline(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: DocxPlainText.Of(p)))
            .Where(p => p.Style is "Heading1" or "Heading2" or "TOCHeading")
            .Select(p => $"{(p.Style == "TOCHeading" ? 'T' : p.Style![^1])}:{p.Text}")];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_book_validates_with_zero_errors(bool hostile)
    {
        var bytes = DocxBookWriter.Render(Books.Of(TestPlans.Realistic(hostile)));
        using var document = Open(bytes);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
    }

    [Fact]
    public void Every_programme_dimension_indicator_and_total_appears()
    {
        var plan = TestPlans.Realistic();
        using var document = Open(DocxBookWriter.Render(Books.Of(plan)));
        var text = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => DocxPlainText.Of(p)).ToHashSet();
        var all = string.Join("\n", text);
        foreach (var expected in Books.ExpectedTexts(plan, Language.Indonesian))
        {
            Assert.Contains(expected, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Action_plan_rows_show_each_programme_with_its_own_total_cost()
    {
        var plan = TestPlans.Realistic();
        using var document = Open(DocxBookWriter.Render(Books.Of(plan)));
        var rows = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().Select(r => r.Elements<TableCell>().Select(c => DocxPlainText.Of(c)).ToList()).ToList();
        foreach (var programme in plan.Programmes)
        {
            Assert.Contains(rows, cells => cells.Count == 7 && cells[0] == programme.Code.Value && cells[1] == programme.Name.Indonesian && cells[6] == IndonesianNumbers.FormatInteger(programme.TotalCost.Value));
        }
    }

    [Fact]
    public void Headings_form_the_book_outline_with_real_heading_styles()
    {
        using var document = Open(DocxBookWriter.Render(Books.Of(TestPlans.Realistic())));
        Assert.Equal(Books.IndonesianOutline, Outline(document));
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(2, styles["Heading3"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
    }

    [Fact]
    public void One_volume_holds_only_its_chapters()
    {
        using var document = Open(DocxBookWriter.Render(Books.Of(TestPlans.Realistic(), volumes: BookVolumes.Masterplan)));
        var outline = Outline(document);
        Assert.DoesNotContain("1:Buku I Analisis Strategis", outline);
        Assert.Contains("1:Buku II Masterplan", outline);
        Assert.Contains("2:4. Quick Win", outline);
    }

    [Fact]
    public void The_page_setup_has_a4_a_toc_field_page_numbers_repeating_headers_and_chart_pictures()
    {
        using var document = Open(DocxBookWriter.Render(Books.Of(TestPlans.Realistic())));
        var main = document.MainDocumentPart!;
        var section = main.Document!.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(11906U, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838U, section.GetFirstChild<PageSize>()!.Height!.Value);
        Assert.Contains(main.Document.Descendants<FieldCode>(), f => f.Text.TrimStart().StartsWith("TOC", StringComparison.Ordinal));
        Assert.Contains(main.FooterParts.SelectMany(f => f.Footer!.Descendants<FieldCode>()), f => f.Text.Trim() == "PAGE");
        var tables = main.Document.Descendants<Table>().Where(t => t.Elements<TableRow>().Count() > 1).ToList();
        Assert.All(tables, t => Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>()));
        Assert.True(main.ImageParts.Count() >= 3, "radar, Gantt and spending charts");
        Assert.All(main.ImageParts, p =>
        {
            using var stream = p.GetStream();
            var signature = new byte[4];
            stream.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, signature);
        });
    }

    [Fact]
    public void Hostile_text_appears_verbatim_as_text()
    {
        var plan = TestPlans.Realistic(hostile: true);
        using var document = Open(DocxBookWriter.Render(Books.Of(plan)));
        var texts = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => DocxPlainText.Of(p)).ToList();
        Assert.Contains(texts, t => t.Contains(TestPlans.HostileText, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("<img src=x onerror=alert(1)>", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(plan.Programmes[1].Name.Indonesian, StringComparison.Ordinal));
    }

    [Fact]
    public void The_english_book_uses_english_headings_and_indonesian_money()
    {
        var plan = TestPlans.Realistic();
        using var document = Open(DocxBookWriter.Render(Books.Of(plan, Language.English)));
        var outline = Outline(document);
        Assert.Contains("1:Executive Summary", outline);
        Assert.Contains("2:5. Roadmap", outline);
        var all = string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => DocxPlainText.Of(p)));
        foreach (var expected in Books.ExpectedTexts(plan, Language.English))
        {
            Assert.Contains(expected, all, StringComparison.Ordinal);
        }

        Assert.Matches(@"Rp [1-9][0-9]{0,2}(\.[0-9]{3})+", all);
    }
}
