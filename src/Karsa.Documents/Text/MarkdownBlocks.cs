using Karsa.Documents.Model;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = Karsa.Documents.Model.Block;
using MdTable = Markdig.Extensions.Tables.Table;

namespace Karsa.Documents.Text;

/// <summary>
/// Turns the plan's Markdown narratives into book blocks once, for every renderer: headings,
/// paragraphs with bold/italic/code runs, links as text with their address, lists and simple tables.
/// Raw HTML is kept as visible text, never passed through.
/// </summary>
public static class MarkdownBlocks
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>The blocks of <paramref name="markdown"/>.</summary>
    public static IReadOnlyList<Block> Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var document = Markdown.Parse(markdown, Pipeline);
        var blocks = new List<Block>();
        foreach (var block in document)
        {
            Convert(block, blocks);
        }

        return blocks;
    }

    private static void Convert(Markdig.Syntax.Block block, List<Block> output)
    {
        switch (block)
        {
            case HeadingBlock heading:
                output.Add(new Subheading(PlainText(heading.Inline), Math.Clamp(heading.Level, 1, 3)));
                break;
            case ParagraphBlock paragraph:
                output.Add(new Paragraph(Runs(paragraph.Inline)));
                break;
            case ListBlock list:
                output.Add(new BulletList([.. list.OfType<ListItemBlock>().Select(ItemRuns)], list.IsOrdered));
                break;
            case MdTable table:
                output.Add(TableOf(table));
                break;
            case QuoteBlock quote:
                output.AddRange(quote.SelectMany(Flatten).Select(r => new Paragraph(r, ParagraphKind.Quote)));
                break;
            case HtmlBlock html:
                output.Add(new Paragraph([new Run(LinesOf(html))], ParagraphKind.Preformatted));
                break;
            case CodeBlock code:
                output.Add(new Paragraph([new Run(LinesOf(code), Code: true)], ParagraphKind.Preformatted));
                break;
            case ThematicBreakBlock:
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Convert(child, output);
                }

                break;
            default:
                break;
        }
    }

    private static string LinesOf(LeafBlock block) => string.Join("\n", block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()));

    private static IReadOnlyList<Run> ItemRuns(ListItemBlock item)
    {
        var runs = new List<Run>();
        foreach (var line in item.SelectMany(Flatten))
        {
            if (runs.Count > 0)
            {
                runs.Add(new Run(" "));
            }

            runs.AddRange(line);
        }

        return runs;
    }

    private static IEnumerable<IReadOnlyList<Run>> Flatten(Markdig.Syntax.Block block) => block switch
    {
        ParagraphBlock p => [Runs(p.Inline)],
        HeadingBlock h => [[new Run(PlainText(h.Inline), Bold: true)]],
        LeafBlock leaf => [[new Run(LinesOf(leaf))]],
        ContainerBlock container => container.SelectMany(Flatten),
        _ => [],
    };

    private static Model.Table TableOf(MdTable table)
    {
        var rows = table.OfType<Markdig.Extensions.Tables.TableRow>().ToList();
        var width = rows.Max(r => r.Count);
        IReadOnlyList<string> Cells(Markdig.Extensions.Tables.TableRow row) =>
            [.. Enumerable.Range(0, width).Select(i => i < row.Count && row[i] is TableCell cell ? string.Concat(cell.SelectMany(Flatten).SelectMany(r => r).Select(r => r.Text)) : string.Empty)];
        var header = rows.FirstOrDefault(r => r.IsHeader) ?? rows[0];
        var columns = Cells(header).Select(h => new TableColumn(h)).ToList();
        return new Model.Table(columns, [.. rows.Where(r => r != header).Select(r => new Model.TableRow(Cells(r)))]);
    }

    private static List<Run> Runs(ContainerInline? inlines)
    {
        var runs = new List<Run>();
        Collect(inlines?.FirstChild, false, false, runs);
        return runs;
    }

    private static void Collect(Inline? inline, bool bold, bool italic, List<Run> runs)
    {
        for (var current = inline; current is not null; current = current.NextSibling)
        {
            switch (current)
            {
                case LiteralInline literal:
                    runs.Add(new Run(literal.Content.ToString(), bold, italic));
                    break;
                case CodeInline code:
                    runs.Add(new Run(code.Content, bold, italic, Code: true));
                    break;
                case LineBreakInline:
                    runs.Add(new Run(" ", bold, italic));
                    break;
                case HtmlInline html:
                    runs.Add(new Run(html.Tag, bold, italic));
                    break;
                case AutolinkInline auto:
                    runs.Add(new Run(auto.Url, bold, italic));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new Run(entity.Transcoded.ToString(), bold, italic));
                    break;
                case LinkInline link:
                    Collect(link.FirstChild, bold, italic, runs);
                    if (!link.IsImage && !string.IsNullOrEmpty(link.Url))
                    {
                        runs.Add(new Run($" ({link.Url})", bold, italic));
                    }

                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2;
                    Collect(emphasis.FirstChild, bold || strong, italic || !strong, runs);
                    break;
                case ContainerInline container:
                    Collect(container.FirstChild, bold, italic, runs);
                    break;
                default:
                    break;
            }
        }
    }

    private static string PlainText(ContainerInline? inlines) => string.Concat(Runs(inlines).Select(r => r.Text));
}
