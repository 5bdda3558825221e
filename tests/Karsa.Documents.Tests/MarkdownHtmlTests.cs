using AngleSharp.Html.Parser;
using Karsa.Documents.Rendering.Html;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Testing;

namespace Karsa.Documents.Tests;

public class MarkdownHtmlTests
{
    [Fact]
    public void Hostile_markdown_becomes_visible_text_and_no_markup()
    {
        var body = new HtmlParser().ParseDocument("<body>" + MarkdownHtml.Render(HostileMarkdown.Text) + "</body>").Body!;

        Assert.Empty(HostileMarkdown.UnsafeMarkup(body));
        foreach (var text in HostileMarkdown.VisibleTexts)
        {
            Assert.Contains(text, body.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Markdown_keeps_its_structure()
    {
        var body = new HtmlParser().ParseDocument("<body>" + MarkdownHtml.Render("## Judul\n\n**tebal** dan *miring*\n\n- satu\n- dua\n\n| A | B |\n|---|---|\n| 1 | 2 |", inlineStyles: false) + "</body>").Body!;

        Assert.Equal("Judul", body.QuerySelector("h4")!.TextContent);
        Assert.Equal("tebal", body.QuerySelector("p strong")!.TextContent);
        Assert.Equal("miring", body.QuerySelector("p em")!.TextContent);
        Assert.Equal(["satu", "dua"], body.QuerySelectorAll("ul li").Select(li => li.TextContent));
        Assert.Equal(["1", "2"], body.QuerySelectorAll("tbody td").Select(td => td.TextContent));
        Assert.DoesNotContain("style=", body.InnerHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("background")]
    [InlineData("catatan-lain")]
    public void The_html_book_shows_hostile_narratives_as_text_through_the_same_renderer(string key)
    {
        var content = TestPlans.Content() with
        {
            Narratives = new[] { new NarrativeSection(key, new LocalizedText(HostileMarkdown.Text)) }.ToValueList(),
        };
        var html = HtmlBookWriter.Render(Books.Of(Masterplan.Create(content)));
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img, iframe, a[href^='javascript'], a[href^='data'], [onerror], [onclick]"));
        Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase)));
        foreach (var text in HostileMarkdown.VisibleTexts)
        {
            Assert.Contains(text, document.Body!.TextContent, StringComparison.Ordinal);
        }

        // The book writes the narrative exactly as the editor's preview does (paragraphs do not depend on the heading level).
        var paragraph = "Awal <script>alert('skrip')</script> teks.";
        Assert.Contains(MarkdownHtml.Render(paragraph), html, StringComparison.Ordinal);
    }
}
