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
    /// <summary>The book as an HTML document.</summary>
    public static string Render(Book book) => Render(book, null);

    /// <summary>
    /// The book as an HTML document for printing: with <paramref name="pages"/> the contents and lists
    /// give each entry's page; the page-number slots have a fixed width, so the layout is the same with
    /// or without numbers (the printer's first pass prints without, to find where entries land).
    /// </summary>
    internal static string Render(Book book, BookPages? pages)
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

        List(html, "toc", book.ContentsTitle, outline.Headings, pages?.Headings, nested: true);
        List(html, "toc lists", book.TablesTitle, outline.Tables, pages?.Tables, nested: false);
        List(html, "toc lists", book.FiguresTitle, outline.Figures, pages?.Figures, nested: false);
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
    public static void WriteFile(Book book, string path) => WriteFile(book, path, null);

    /// <summary>As <see cref="WriteFile(Book, string)"/>, for printing with <paramref name="pages"/> (see <see cref="Render(Book, BookPages?)"/>).</summary>
    internal static void WriteFile(Book book, string path, BookPages? pages) => AtomicFile.Write(path, stream =>
    {
        var bytes = new UTF8Encoding(false).GetBytes(Render(book, pages));
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

    /// <summary>
    /// The contents (<paramref name="nested"/> by level) or a list of tables or figures: each entry a
    /// link to its anchor and, for print, a fixed-width page-number slot. Nothing when there are no entries.
    /// </summary>
    private static void List(StringBuilder html, string kind, string title, IReadOnlyList<OutlineEntry> entries, IReadOnlyList<int?>? pages, bool nested)
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

            var page = pages is not null && pages[i] is { } p ? p.ToString(CultureInfo.InvariantCulture) : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{entry.Anchor}\"><span class=\"t\">").Append(E(entry.Text))
                .Append("</span><span class=\"pg\">").Append(page).Append("</span></a>");
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
