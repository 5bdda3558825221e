using System.Globalization;
using System.Net;
using System.Text;
using Karsa.Documents.Charts;
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
        Blocks(html, chapter.Lead, level, anchors);
        foreach (var section in chapter.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h{level + 1} id=\"{anchors.Next()}\">").Append(E(section.Heading)).Append(CultureInfo.InvariantCulture, $"</h{level + 1}>\n");
            Blocks(html, section.Blocks, level + 1, anchors);
        }
    }

    private static void Blocks(StringBuilder html, IEnumerable<Block> blocks, int level, Anchors anchors)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Paragraph p:
                    Paragraph(html, p);
                    break;
                case Subheading s:
                    var h = Math.Min(6, level + s.Level);
                    html.Append(CultureInfo.InvariantCulture, $"<h{h}>").Append(E(s.Text)).Append(CultureInfo.InvariantCulture, $"</h{h}>\n");
                    break;
                case BulletList list:
                    var tag = list.Ordered ? "ol" : "ul";
                    html.Append('<').Append(tag).Append(">\n");
                    foreach (var item in list.Items)
                    {
                        html.Append("<li>").Append(Runs(item)).Append("</li>\n");
                    }

                    html.Append("</").Append(tag).Append(">\n");
                    break;
                case Model.Table table:
                    Table(html, table);
                    break;
                case Figure figure:
                    html.Append("<figure>\n").Append(SvgCanvas.Render(figure.Chart));
                    html.Append("\n<figcaption>").Append(E(figure.Caption)).Append("</figcaption>\n</figure>\n");
                    break;
                case KeyFigures keys:
                    html.Append("<div class=\"keys\">\n");
                    foreach (var key in keys.Items)
                    {
                        html.Append("<div class=\"key\"><span class=\"v\">").Append(E(key.Value)).Append("</span><span class=\"l\">").Append(E(key.Label)).Append("</span></div>\n");
                    }

                    html.Append("</div>\n");
                    break;
                default:
                    throw new NotSupportedException(block.GetType().Name);
            }
        }
    }

    private static void Paragraph(StringBuilder html, Paragraph p)
    {
        var (open, close) = p.Kind switch
        {
            ParagraphKind.Quote => ("<blockquote><p>", "</p></blockquote>"),
            ParagraphKind.Preformatted => ("<pre>", "</pre>"),
            ParagraphKind.Note => ("<p class=\"note\">", "</p>"),
            _ => ("<p>", "</p>"),
        };
        html.Append(open).Append(Runs(p.Runs)).Append(close).Append('\n');
    }

    private static string Runs(IEnumerable<Run> runs)
    {
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            var inner = E(run.Text);
            inner = run.Code ? $"<code>{inner}</code>" : inner;
            inner = run.Italic ? $"<em>{inner}</em>" : inner;
            text.Append(run.Bold ? $"<strong>{inner}</strong>" : inner);
        }

        return text.ToString();
    }

    private static void Table(StringBuilder html, Model.Table table)
    {
        // The narrowest width before words break, as a custom property: on screens the table is never
        // narrower (its wrapper scrolls instead); in print it always takes the text width.
        var minimum = Math.Ceiling(ColumnWidths.MinimumEm(table)).ToString(CultureInfo.InvariantCulture);
        html.Append("<div class=\"table-wrap\"><table").Append(table.Compact ? " class=\"compact\"" : string.Empty)
            .Append(" style=\"--min:").Append(minimum).Append("em\">\n");
        if (table.Caption is { } caption)
        {
            html.Append("<caption>").Append(E(caption)).Append("</caption>\n");
        }

        html.Append("<colgroup>");
        foreach (var share in ColumnWidths.Shares(table))
        {
            html.Append(CultureInfo.InvariantCulture, $"<col style=\"width:{Math.Round(100 * share, 2).ToString(CultureInfo.InvariantCulture)}%\">");
        }

        html.Append("</colgroup>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th").Append(Align(column.Align)).Append(" scope=\"col\">").Append(E(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append(row.IsTotal ? "<tr class=\"total\">" : "<tr>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                html.Append("<td").Append(Align(table.Columns[i].Align)).Append('>').Append(E(row.Cells[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static string Align(ColumnAlign align) => align switch
    {
        ColumnAlign.Right => " class=\"r\"",
        ColumnAlign.Center => " class=\"c\"",
        _ => string.Empty,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private sealed class Anchors(string prefix)
    {
        private int _next;

        public string Next() => string.Create(CultureInfo.InvariantCulture, $"{prefix}{++_next}");
    }
}
