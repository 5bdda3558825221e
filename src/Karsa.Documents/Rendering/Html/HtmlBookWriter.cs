using System.Globalization;
using System.Net;
using System.Text;
using Karsa.Documents.Model;
using Karsa.Domain.Primitives;

namespace Karsa.Documents.Rendering.Html;

/// <summary>
/// Renders a <see cref="Book"/> as one self-contained HTML file: styles and SVG charts inline, every
/// text escaped, readable on a phone and printable on A4 (the PDF is printed from it).
/// </summary>
public static class HtmlBookWriter
{
    /// <summary>The book as an HTML document.</summary>
    public static string Render(Book book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var html = new StringBuilder(64 * 1024);
        var lang = book.Language == Language.English ? "en" : "id";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(book.DocumentTitle)).Append("</title>\n<style>").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");
        Cover(html, book.Cover);
        var anchors = new Anchors("k");
        Contents(html, book, new Anchors("k"));
        Chapter(html, book.Summary, 1, anchors);
        foreach (var volume in book.Volumes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h1 id=\"{anchors.Next()}\">").Append(E(volume.Heading)).Append("</h1>\n");
            foreach (var chapter in volume.Chapters)
            {
                Chapter(html, chapter, 2, anchors);
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
        html.Append("<div class=\"title\">").Append(E(cover.Title)).Append("</div>\n");
        html.Append("<div class=\"subtitle\">").Append(E(cover.Subtitle)).Append("</div>\n");
        foreach (var line in cover.Lines)
        {
            html.Append("<div>").Append(E(line)).Append("</div>\n");
        }

        html.Append("<div class=\"notice\">").Append(E(cover.Notice)).Append("</div>\n</section>\n");
    }

    private static void Contents(StringBuilder html, Book book, Anchors anchors)
    {
        html.Append("<nav class=\"toc\">\n<p class=\"toc-title\">").Append(E(book.ContentsTitle)).Append("</p>\n<ol>\n");
        TocEntry(html, book.Summary.Heading, anchors.Next()).Append(TocSections(book.Summary, anchors)).Append("</li>\n");
        foreach (var volume in book.Volumes)
        {
            TocEntry(html, volume.Heading, anchors.Next()).Append("\n<ol>\n");
            foreach (var chapter in volume.Chapters)
            {
                TocEntry(html, chapter.Heading, anchors.Next()).Append(TocSections(chapter, anchors)).Append("</li>\n");
            }

            html.Append("</ol></li>\n");
        }

        html.Append("</ol>\n</nav>\n");
    }

    private static StringBuilder TocEntry(StringBuilder html, string text, string id) =>
        html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{id}\">").Append(E(text)).Append("</a>");

    private static string TocSections(Chapter chapter, Anchors anchors)
    {
        if (chapter.Sections.Count == 0)
        {
            return string.Empty;
        }

        var list = new StringBuilder("\n<ol>\n");
        foreach (var section in chapter.Sections)
        {
            TocEntry(list, section.Heading, anchors.Next()).Append("</li>\n");
        }

        return list.Append("</ol>").ToString();
    }

    private static void Chapter(StringBuilder html, Chapter chapter, int level, Anchors anchors)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h{level} id=\"{anchors.Next()}\">").Append(E(chapter.Heading)).Append(CultureInfo.InvariantCulture, $"</h{level}>\n");
        HtmlBlockWriter.Write(html, chapter.Lead, level);
        foreach (var section in chapter.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h{level + 1} id=\"{anchors.Next()}\">").Append(E(section.Heading)).Append(CultureInfo.InvariantCulture, $"</h{level + 1}>\n");
            HtmlBlockWriter.Write(html, section.Blocks, level + 1);
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private sealed class Anchors(string prefix)
    {
        private int _next;

        public string Next() => string.Create(CultureInfo.InvariantCulture, $"{prefix}{++_next}");
    }
}
