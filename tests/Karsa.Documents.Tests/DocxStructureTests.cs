using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Karsa.Documents.Rendering.Docx;
using Karsa.Domain.Plans;
using Karsa.Planning.Benchmarks;
using Karsa.Testing;
using Book = Karsa.Documents.Model.Book;
using BookOutline = Karsa.Documents.Model.BookOutline;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace Karsa.Documents.Tests;

/// <summary>
/// The DOCX's structure on the Karanganyar sample (with its solved roadmap), the realistic, the bare and a generated 300-programme plan: valid, the
/// expected heading outline, the lists of tables and figures as TOC fields over SEQ captions, codes Word cannot break at a hyphen, and the
/// keep-with-next and widow control that keep headings and captions off a page's foot.
/// </summary>
public class DocxStructureTests
{
    public static TheoryData<string> Plans => ["sample", "realistic", "bare", "synthetic300"];

    private static Masterplan Plan(string name) => name switch
    {
        "sample" => SamplePlan.Value,
        "realistic" => TestPlans.Realistic(),
        "bare" => BookStructureTests.Bare(),
        _ => SyntheticPlans.Generate(300, seed: 13),
    };

    private static (Book Book, WordprocessingDocument Document) Render(string plan)
    {
        // The sample as after adoption: with its solved roadmap, so the roadmap chapter's reasons are in it too.
        var book = Books.Of(Plan(plan), roadmap: plan == "sample" ? SamplePlan.SolvedRoadmap : null);
        return (book, WordprocessingDocument.Open(new MemoryStream(DocxBookWriter.Render(book)), false));
    }

    private static List<string> Instructions(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document!.Body!.Descendants<FieldCode>().Select(f => f.Text.Trim())];

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_book_validates_and_has_the_guides_outline(string plan)
    {
        var (_, document) = Render(plan);
        using (document)
        {
            var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
            var outline = DocxBookTests.Outline(document);
            Assert.Equal(Books.IndonesianOutline.Select(RegentNeutral), outline.Select(RegentNeutral));
        }
    }

    /// <summary>The regent's address is headed with the plan's own region ("Sambutan Bupati Sintetis" for the generated plan).</summary>
    private static string RegentNeutral(string heading) =>
        heading.StartsWith("1:Sambutan Bupati ", StringComparison.Ordinal) ? "1:Sambutan Bupati" : heading;

    [Theory]
    [MemberData(nameof(Plans))]
    public void Lists_of_tables_and_figures_are_toc_fields_over_the_captions_seq_fields(string plan)
    {
        var (book, document) = Render(plan);
        using (document)
        {
            var outline = BookOutline.Of(book);
            var instructions = Instructions(document);
            Assert.Contains(instructions, i => i.StartsWith("TOC \\o", StringComparison.Ordinal));
            Assert.Contains("TOC \\h \\z \\c \"Tabel\"", instructions);
            Assert.Equal(outline.Figures.Count > 0, instructions.Contains("TOC \\h \\z \\c \"Gambar\""));
            Assert.Equal(outline.Tables.Count, instructions.Count(i => i.StartsWith("SEQ Tabel ", StringComparison.Ordinal)));
            Assert.Equal(outline.Figures.Count, instructions.Count(i => i.StartsWith("SEQ Gambar ", StringComparison.Ordinal)));
            var captions = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Caption" && p.Descendants<FieldCode>().Any())
                .Select(p => DocxPlainText.Of(p)).ToList();
            Assert.Equal(outline.Tables.Concat(outline.Figures).Select(e => e.Text).Order(), captions.Order());
            var listed = document.MainDocumentPart.Document.Body.Descendants<Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "TableofFigures").Select(p => DocxPlainText.Of(p)).ToList();
            Assert.Equal(outline.Tables.Concat(outline.Figures).Select(e => e.Text), listed);
        }
    }

    [Fact]
    public void Headings_and_captions_keep_with_next_and_paragraphs_have_widow_control()
    {
        var (_, document) = Render("realistic");
        using (document)
        {
            var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
            Assert.NotNull(styles.DocDefaults!.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.WidowControl);
            foreach (var id in new[] { "Heading1", "Heading2", "Heading3", "Caption" })
            {
                var style = styles.Elements<Style>().Single(s => s.StyleId == id);
                Assert.NotNull(style.StyleParagraphProperties!.KeepNext);
                Assert.NotNull(style.StyleParagraphProperties.KeepLines);
            }

            // The sentence that refers to a table keeps with the table's caption.
            var body = document.MainDocumentPart.Document!.Body!.Elements().ToList();
            var captions = body.OfType<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Caption" && p.Descendants<FieldCode>().Any() && p.NextSibling() is Table).ToList();
            Assert.NotEmpty(captions);
            Assert.All(captions, c => Assert.NotNull(((Paragraph)c.PreviousSibling()!).ParagraphProperties?.KeepNext));
        }
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("realistic")]
    [InlineData("synthetic300")]
    public void Word_cannot_break_a_programme_or_indicator_code_or_a_year_range_at_its_hyphen(string plan)
    {
        var model = Plan(plan);
        var (_, document) = Render(plan);
        using (document)
        {
            string[] codes = [.. model.Programmes.Select(p => p.Code.Value), .. model.Content.Indicators.Select(i => i.Code.Value)];
            var hyphenated = codes.Where(c => c.Contains('-', StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(hyphenated);
            var breakable = new List<string>();
            var found = 0;
            foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
            {
                var text = DocxPlainText.Of(paragraph, DocxPlainText.NonBreakingHyphen);
                var read = text.Replace(DocxPlainText.NonBreakingHyphen, '-');
                var spans = hyphenated.SelectMany(code => Occurrences(read, code).Select(at => (at, code.Length)))
                    .Concat(System.Text.RegularExpressions.Regex.Matches(read, @"\b\d{4}-\d{4}\b").Select(m => (at: m.Index, m.Length)));
                foreach (var (at, length) in spans)
                {
                    found++;
                    if (text.AsSpan(at, length).Contains('-'))
                    {
                        breakable.Add(text.Substring(at, length));
                    }
                }
            }

            Assert.True(found > hyphenated.Count, $"only {found} codes and year ranges found in the DOCX");
            Assert.True(breakable.Count == 0, $"{breakable.Count} codes Word may break, e.g. {string.Join(", ", breakable.Distinct().Take(10))}");
        }
    }

    private static IEnumerable<int> Occurrences(string text, string code)
    {
        for (var at = text.IndexOf(code, StringComparison.Ordinal); at >= 0; at = text.IndexOf(code, at + code.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
