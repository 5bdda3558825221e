using System.Globalization;
using System.Net;
using System.Text;
using Karsa.Documents.Model;
using Karsa.Domain.Primitives;

namespace Karsa.Documents.Rendering.Html;

/// <summary>
/// Renders a <see cref="Book"/> as one self-contained HTML file: styles and SVG charts inline, every
/// text escaped, readable on a phone and printable on A4 (the PDF is printed from it). The contents
/// and the lists of tables and figures link to their entries; printed, they also give page numbers.
/// </summary>
public static class HtmlBookWriter
{
    /// <summary>
    /// A script for the loaded book (a function of one argument, an object of anchor id to page text):
    /// fills the page-number slot of each contents and list entry whose anchor it names. The slots have a
    /// fixed width, so filling them moves nothing (the PDF printer fills them after a first print).
    /// </summary>
    internal const string FillPageNumbersScript =
        "pages => { for (const a of document.querySelectorAll('nav.toc a[href^=\"#\"]')) { const page = pages[a.getAttribute('href').slice(1)]; if (page) a.querySelector('.pg').textContent = page; } }";

    /// <summary>The book as an HTML document; the contents' and lists' page-number slots are left empty.</summary>
    public static string Render(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var outline = BookOutline.Of(book);
        var html = new StringBuilder(64 * 1024);
        var lang = book.Language == Language.English ? "en" : "id";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(book.DocumentTitle)).Append("</title>\n<style>").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");
        Cover(html, book.Cover);
        var headings = 0;
        var captions = new HtmlBlockWriter.CaptionAnchors();
        foreach (var page in book.FrontMatter)
        {
            Chapter(html, page, 1, ref headings, captions);
        }

        List(html, "toc", book.ContentsTitle, outline.Headings, nested: true);
        List(html, "toc lists", book.TablesTitle, outline.Tables, nested: false);
        List(html, "toc lists", book.FiguresTitle, outline.Figures, nested: false);
        Chapter(html, book.Summary, 1, ref headings, captions);
        foreach (var volume in book.Volumes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h1 id=\"{BookOutline.HeadingAnchor(headings++)}\">").Append(E(volume.Heading)).Append("</h1>\n");
            foreach (var chapter in volume.Chapters)
            {
                Chapter(html, chapter, 2, ref headings, captions);
            }
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Writes the book's HTML to <paramref name="path"/> as UTF-8, replacing the file only when complete.</summary>
    public static void WriteFile(Book book, string path) => AtomicFile.Write(path, stream =>
    {
        var bytes = new UTF8Encoding(false).GetBytes(Render(book));
        stream.Write(bytes);
    });

    private static void Cover(StringBuilder html, BookCover cover)
    {
        html.Append("<section class=\"cover\">\n<div class=\"kicker\">").Append(E(cover.Kicker)).Append("</div>\n");
        html.Append("<div class=\"title\">").Append(HtmlBlockWriter.Unbroken(cover.Title)).Append("</div>\n");
        html.Append("<div class=\"subtitle\">").Append(E(cover.Subtitle)).Append("</div>\n");
        foreach (var line in cover.Lines)
        {
            html.Append("<div>").Append(E(line)).Append("</div>\n");
        }

        html.Append("<div class=\"notice\">").Append(E(cover.Notice)).Append("</div>\n</section>\n");
    }

    /// <summary>
    /// The contents (<paramref name="nested"/> by level) or a list of tables or figures: each entry a
    /// link to its anchor and, for print, a fixed-width page-number slot (see <see cref="FillPageNumbersScript"/>).
    /// Nothing when there are no entries.
    /// </summary>
    private static void List(StringBuilder html, string kind, string title, IReadOnlyList<OutlineEntry> entries, bool nested)
    {
        if (entries.Count == 0)
        {
            return;
        }

        html.Append(CultureInfo.InvariantCulture, $"<nav class=\"{kind}\">\n<p class=\"toc-title\">").Append(E(title)).Append("</p>\n<ol>\n");
        var level = 1;
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var target = nested ? entry.Level : 1;
            for (; level < target; level++)
            {
                html.Append("<ol>\n");
            }

            for (; level > target; level--)
            {
                html.Append("</ol></li>\n");
            }

            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{entry.Anchor}\"><span class=\"t\">").Append(E(entry.Text))
                .Append("</span><span class=\"pg\"></span></a>");
            var opensChild = nested && i + 1 < entries.Count && entries[i + 1].Level > entry.Level;
            html.Append(opensChild ? "\n" : "</li>\n");
        }

        for (; level > 1; level--)
        {
            html.Append("</ol></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static void Chapter(StringBuilder html, Chapter chapter, int level, ref int headings, HtmlBlockWriter.CaptionAnchors captions)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h{level} class=\"chapter\" id=\"{BookOutline.HeadingAnchor(headings++)}\">").Append(E(chapter.Heading)).Append(CultureInfo.InvariantCulture, $"</h{level}>\n");
        HtmlBlockWriter.WriteAnchored(html, chapter.Lead, level, true, captions);
        foreach (var section in chapter.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h{level + 1} id=\"{BookOutline.HeadingAnchor(headings++)}\">").Append(E(section.Heading)).Append(CultureInfo.InvariantCulture, $"</h{level + 1}>\n");
            HtmlBlockWriter.WriteAnchored(html, section.Blocks, level + 1, true, captions);
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
