using System.Globalization;
using Karsa.Documents.Charts;
using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Building;

/// <summary>
/// Collects a chapter's sections and blocks, numbering headings, tables and figures. Captions are
/// numbered per volume ("Tabel I-2.1" in Buku I, "Tabel II-2.1" in Buku II), so no number appears twice
/// in a book, and every numbered table and figure is referred to in the text before it.
/// </summary>
internal sealed class ChapterDraft(BookContext context, int number, string title)
{
    private readonly List<Block> _lead = [];
    private readonly List<(string Heading, List<Block> Blocks)> _sections = [];
    private int _tables;
    private int _figures;

    private List<Block> Current => _sections.Count == 0 ? _lead : _sections[^1].Blocks;

    private Wording W => context.W;

    /// <summary>Starts the next numbered section.</summary>
    public ChapterDraft Section(string heading)
    {
        _sections.Add(($"{number}.{_sections.Count + 1} {heading}", []));
        return this;
    }

    /// <summary>Adds blocks to the current section (or the chapter lead before the first section).</summary>
    public ChapterDraft Add(params IEnumerable<Block> blocks)
    {
        Current.AddRange(blocks);
        return this;
    }

    /// <summary>Adds a plain paragraph.</summary>
    public ChapterDraft Text(string text) => Add(Paragraph.Plain(text));

    /// <summary>
    /// Adds the plan's narrative <paramref name="key"/> as blocks, or <paramref name="fallback"/> as a
    /// generated paragraph when the plan has none.
    /// </summary>
    public ChapterDraft Narrative(string key, string? fallback)
    {
        context.PlacedNarratives.Add(key);
        if (context.Narrative(key) is { } text)
        {
            return Add(MarkdownBlocks.Parse(W.Of(text)));
        }

        return fallback is null ? this : Text(fallback);
    }

    /// <summary>Adds the plan's narrative <paramref name="key"/>, or <paramref name="missing"/> (what the plan lacks) when it has none.</summary>
    public ChapterDraft NarrativeOrMissing(string key, Block missing)
    {
        context.PlacedNarratives.Add(key);
        return context.Narrative(key) is { } text ? Add(MarkdownBlocks.Parse(W.Of(text))) : Add(missing);
    }

    /// <summary>
    /// Adds the plan's narrative <paramref name="key"/>, or, when the plan has none,
    /// <paramref name="template"/> as a highlighted template for the region to replace: generated
    /// wording is never presented as the region's own.
    /// </summary>
    public ChapterDraft NarrativeOrTemplate(string key, string template)
    {
        context.PlacedNarratives.Add(key);
        return context.Narrative(key) is { } text ? Add(MarkdownBlocks.Parse(W.Of(text))) : Template(template);
    }

    /// <summary>Adds a highlighted template paragraph for the region to replace, marked "[isi oleh daerah]".</summary>
    public ChapterDraft Template(string text) => Add(Paragraph.Template($"{W.TemplateMark} {text}"));

    /// <summary>Adds a table with a numbered caption, referred to in the text.</summary>
    public ChapterDraft Table(string caption, IReadOnlyList<TableColumn> columns, IEnumerable<TableRow> rows, bool compact = false)
    {
        var number = Number(W.T("Tabel", "Table"), ++_tables);
        return Referenced(number, new Model.Table(columns, [.. rows], $"{number.Label} {caption}", compact) { Number = number });
    }

    /// <summary>Adds a chart with a numbered caption, referred to in the text.</summary>
    public ChapterDraft Figure(string caption, Chart chart)
    {
        var number = Number(W.T("Gambar", "Figure"), ++_figures);
        return Referenced(number, new Figure(chart, $"{number.Label} {caption}") { Number = number });
    }

    private CaptionNumber Number(string series, int sequence) =>
        new(series, string.Create(CultureInfo.InvariantCulture, $"{(context.VolumeNumeral is { } v ? v + "-" : string.Empty)}{number}."), sequence);

    /// <summary>
    /// Adds <paramref name="block"/> after a reference to it: "(lihat Tabel I-2.1)" at the end of the
    /// paragraph just before, or a sentence of its own when none is there.
    /// </summary>
    private ChapterDraft Referenced(CaptionNumber number, Block block)
    {
        var blocks = Current;
        if (blocks.Count > 0 && blocks[^1] is Paragraph { Kind: ParagraphKind.Body } last && last.Runs.Count > 0 && !last.Runs[^1].Template)
        {
            blocks[^1] = last.Text.Contains(number.Label, StringComparison.Ordinal) ? last : WithReference(last, number.Label);
        }
        else
        {
            blocks.Add(Paragraph.Plain(W.T($"Lihat {number.Label} di bawah ini.", $"See {number.Label} below.")));
        }

        blocks.Add(block);
        return this;
    }

    private Paragraph WithReference(Paragraph paragraph, string label)
    {
        var runs = paragraph.Runs.ToList();
        var text = runs[^1].Text.TrimEnd();
        var stop = text.EndsWith('.') ? "." : string.Empty;
        runs[^1] = runs[^1] with { Text = stop.Length > 0 ? text[..^1] : text };
        runs.Add(new Run($" ({W.T("lihat", "see")} {label}){stop}"));
        return paragraph with { Runs = runs };
    }

    /// <summary>The finished chapter.</summary>
    public Chapter Build() =>
        new($"{number}. {title}", [.. _lead], [.. _sections.Select(s => new Section(s.Heading, [.. s.Blocks]))]);
}
