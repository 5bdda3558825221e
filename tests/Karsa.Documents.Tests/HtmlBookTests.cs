using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Karsa.Documents.Rendering.Html;
using Karsa.Domain.Primitives;

namespace Karsa.Documents.Tests;

public class HtmlBookTests
{
    private static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The level 1 and 2 headings and ("T:") the titles of the contents and lists, in document order.</summary>
    private static List<string> Outline(IDocument document) =>
        [.. document.QuerySelectorAll("h1, h2, .toc-title").Select(h => h.LocalName == "p" ? $"T:{h.TextContent}" : $"{h.LocalName[1]}:{h.TextContent}")];

    [Fact]
    public void Every_programme_dimension_indicator_and_total_appears_in_the_text()
    {
        var plan = TestPlans.Realistic();
        var text = Parse(HtmlBookWriter.Render(Books.Of(plan))).Body!.TextContent;
        foreach (var expected in Books.ExpectedTexts(plan, Language.Indonesian))
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_cover_title_keeps_its_year_range_and_codes_on_one_line()
    {
        var document = Parse(HtmlBookWriter.Render(Books.Of(TestPlans.Realistic())));

        var kept = document.QuerySelectorAll(".cover .title span.nw").Select(s => s.TextContent).ToList();

        Assert.Contains("2022-2031", kept);
    }

    [Fact]
    public void Headings_form_the_book_outline()
    {
        var document = Parse(HtmlBookWriter.Render(Books.Of(TestPlans.Realistic())));
        Assert.Equal(Books.IndonesianOutline, Outline(document));
    }

    [Fact]
    public void Contents_links_point_at_headings()
    {
        var document = Parse(HtmlBookWriter.Render(Books.Of(TestPlans.Realistic())));
        var links = document.QuerySelectorAll("nav.toc a").ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var target = document.GetElementById(link.GetAttribute("href")!.TrimStart('#'));
            Assert.NotNull(target);
            var expected = target!.QuerySelector("caption, figcaption")?.TextContent ?? target.TextContent;
            Assert.Equal(link.QuerySelector(".t")!.TextContent, expected);
        }
    }

    [Fact]
    public void The_file_is_self_contained_with_inline_svg_charts_and_print_styles()
    {
        var book = Books.Of(TestPlans.Realistic());
        var document = Parse(HtmlBookWriter.Render(book));
        Assert.Empty(document.QuerySelectorAll("script, link, img, iframe"));
        Assert.Equal(book.Chapters.SelectMany(c => c.Sections).SelectMany(s => s.Blocks).OfType<Model.Figure>().Count(), document.QuerySelectorAll("figure svg").Length);
        var css = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains("width=device-width", document.QuerySelector("meta[name=viewport]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.All(document.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("thead th")));
    }

    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void Every_table_sits_in_its_own_scrolling_wrapper(Language language)
    {
        var document = Parse(HtmlBookWriter.Render(Books.Of(TestPlans.Realistic(hostile: true), language)));
        var tables = document.QuerySelectorAll("table").ToList();
        Assert.NotEmpty(tables);
        Assert.All(tables, t =>
        {
            Assert.Equal("DIV", t.ParentElement!.TagName);
            Assert.Contains("table-wrap", t.ParentElement.ClassList);
            Assert.Single(t.ParentElement.Children);
        });
        var css = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.Matches(@"\.table-wrap\s*\{[^}]*overflow-x:\s*auto", css);
    }

    [Fact]
    public void Hostile_text_is_escaped_and_shown_as_text()
    {
        var plan = TestPlans.Realistic(hostile: true);
        var document = Parse(HtmlBookWriter.Render(Books.Of(plan)));
        Assert.Empty(document.QuerySelectorAll("script, b, img"));
        Assert.All(document.All, e => Assert.DoesNotContain(e.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        var text = document.Body!.TextContent;
        Assert.Contains(TestPlans.HostileText, text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", text, StringComparison.Ordinal);
        Assert.Contains(plan.Programmes[1].Name.Indonesian, document.QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Contains(TestPlans.HostileText, document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void The_english_book_is_marked_english_with_english_headings()
    {
        var document = Parse(HtmlBookWriter.Render(Books.Of(TestPlans.Realistic(), Language.English)));
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("1:Book II Masterplan", Outline(document));
        Assert.Contains("2:6. Indicators and Targets", Outline(document));
    }
}
