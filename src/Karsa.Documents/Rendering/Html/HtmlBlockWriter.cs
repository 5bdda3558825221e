using System.Globalization;
using System.Net;
using System.Text;
using Karsa.Documents.Charts;
using Karsa.Documents.Model;

namespace Karsa.Documents.Rendering.Html;

/// <summary>
/// Writes book blocks as HTML: the one place where block content (the plan's Markdown narratives
/// among it) becomes markup, used by the HTML book and by the web editor's preview alike. Every text
/// is escaped; the only markup is the writer's own tags, so no user text can become a tag, an
/// attribute or a link.
/// </summary>
public static class HtmlBlockWriter
{
    /// <summary>
    /// Appends <paramref name="blocks"/> to <paramref name="html"/>; subheadings start one level below
    /// <paramref name="level"/>. With <paramref name="inlineStyles"/> off (a page under a content
    /// security policy without inline styles) tables carry no <c>style</c> attributes.
    /// </summary>
    public static void Write(StringBuilder html, IEnumerable<Block> blocks, int level, bool inlineStyles = true) =>
        WriteAnchored(html, blocks, level, inlineStyles, null);

    /// <summary>As <see cref="Write(StringBuilder, IEnumerable{Block}, int, bool)"/>, giving numbered tables and figures the anchors of the book's outline.</summary>
    internal static void WriteAnchored(StringBuilder html, IEnumerable<Block> blocks, int level, bool inlineStyles, CaptionAnchors? anchors)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(blocks);
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
                    Table(html, table, inlineStyles, anchors?.Of(table));
                    break;
                case Figure figure:
                    html.Append(Id("<figure", anchors?.Of(figure))).Append(">\n").Append(SvgCanvas.Render(figure.Chart));
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
            var inner = Unbroken(run.Text);
            inner = run.Code ? $"<code>{inner}</code>" : inner;
            inner = run.Template ? $"<mark class=\"tpl\">{inner}</mark>" : inner;
            inner = run.Italic ? $"<em>{inner}</em>" : inner;
            text.Append(run.Bold ? $"<strong>{inner}</strong>" : inner);
        }

        return text.ToString();
    }

    private static string Id(string tag, string? id) => id is null ? tag : $"{tag} id=\"{id}\"";

    private static void Table(StringBuilder html, Model.Table table, bool inlineStyles, string? id)
    {
        html.Append("<div class=\"table-wrap\">").Append(Id("<table", id)).Append(table.Compact ? " class=\"compact\"" : string.Empty);
        if (inlineStyles)
        {
            // The narrowest width before words break, as a custom property: on screens the table is never
            // narrower (its wrapper scrolls instead); in print it always takes the text width.
            var minimum = Math.Ceiling(ColumnWidths.MinimumEm(table)).ToString(CultureInfo.InvariantCulture);
            html.Append(" style=\"--min:").Append(minimum).Append("em\"");
        }

        html.Append(">\n");
        if (table.Caption is { } caption)
        {
            html.Append("<caption>").Append(E(caption)).Append("</caption>\n");
        }

        if (inlineStyles)
        {
            html.Append("<colgroup>");
            foreach (var share in ColumnWidths.Shares(table))
            {
                html.Append(CultureInfo.InvariantCulture, $"<col style=\"width:{Math.Round(100 * share, 2).ToString(CultureInfo.InvariantCulture)}%\">");
            }

            html.Append("</colgroup>\n");
        }

        html.Append("<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th").Append(Align(column with { NoBreak = false })).Append(" scope=\"col\">").Append(E(column.Header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            // A row whose text runs long (lists of programme codes in a 300-programme plan) may break over pages:
            // kept whole it would leave the page before it nearly empty.
            var classes = string.Join(' ', new[] { row.IsTotal ? "total" : null, row.Cells.Any(c => c.Length > LongCell) ? "long" : null }.OfType<string>());
            html.Append(classes.Length == 0 ? "<tr>" : $"<tr class=\"{classes}\">");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                html.Append("<td").Append(Align(table.Columns[i])).Append('>').Append(Unbroken(row.Cells[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static string Align(TableColumn column)
    {
        var align = column.Align switch
        {
            ColumnAlign.Right => "r",
            ColumnAlign.Center => "c",
            _ => null,
        };
        string[] classes = [.. new[] { align, column.NoBreak ? "nw" : null }.OfType<string>()];
        return classes.Length == 0 ? string.Empty : $" class=\"{string.Join(' ', classes)}\"";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Hands out the outline's anchors to numbered tables and figures in reading order.</summary>
    internal sealed class CaptionAnchors
    {
        private int _tables;
        private int _figures;

        public string? Of(Block block) => block switch
        {
            Model.Table { Number: not null } => BookOutline.TableAnchor(_tables++),
            Figure { Number: not null } => BookOutline.FigureAnchor(_figures++),
            _ => null,
        };
    }

    /// <summary>The length of a cell's text from which its row may break over pages.</summary>
    private const int LongCell = 400;

    /// <summary><paramref name="text"/> encoded, its codes and year ranges kept on one line.</summary>
    internal static string Unbroken(string text) => UnbreakableCodes.Pattern().Replace(E(text), "<span class=\"nw\">$0</span>");
}
