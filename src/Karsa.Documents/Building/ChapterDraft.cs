using System.Globalization;
using Karsa.Documents.Charts;
using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Building;

/// <summary>Collects a chapter's sections and blocks, numbering headings, tables and figures.</summary>
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

    /// <summary>Adds a table with a numbered caption.</summary>
    public ChapterDraft Table(string caption, IReadOnlyList<TableColumn> columns, IEnumerable<TableRow> rows, bool compact = false)
    {
        _tables++;
        var label = string.Create(CultureInfo.InvariantCulture, $"{W.T("Tabel", "Table")} {number}.{_tables} {caption}");
        return Add(new Model.Table(columns, [.. rows], label, compact));
    }

    /// <summary>Adds a chart with a numbered caption.</summary>
    public ChapterDraft Figure(string caption, Chart chart)
    {
        _figures++;
        return Add(new Figure(chart, string.Create(CultureInfo.InvariantCulture, $"{W.T("Gambar", "Figure")} {number}.{_figures} {caption}")));
    }

    /// <summary>The finished chapter.</summary>
    public Chapter Build() =>
        new($"{number}. {title}", [.. _lead], [.. _sections.Select(s => new Section(s.Heading, [.. s.Blocks]))]);
}
