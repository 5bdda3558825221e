using System.Globalization;
using Karsa.Documents.Charts;
using Karsa.Documents.Model;
using Karsa.Documents.Text;

namespace Karsa.Documents.Evaluation;

/// <summary>Collects one report chapter's sections and blocks, numbering its sections, tables and figures ("Tabel 2.1").</summary>
internal sealed class ReportChapter(Wording wording, int number, string title)
{
    private readonly List<Block> _lead = [];
    private readonly List<(string Heading, List<Block> Blocks)> _sections = [];
    private int _tables;
    private int _figures;

    private List<Block> Current => _sections.Count == 0 ? _lead : _sections[^1].Blocks;

    /// <summary>Starts the next numbered section.</summary>
    public ReportChapter Section(string heading)
    {
        _sections.Add((string.Create(CultureInfo.InvariantCulture, $"{number}.{_sections.Count + 1} {heading}"), []));
        return this;
    }

    /// <summary>Adds blocks to the current section (or the lead before the first section).</summary>
    public ReportChapter Add(params IEnumerable<Block> blocks)
    {
        Current.AddRange(blocks);
        return this;
    }

    /// <summary>Adds a plain paragraph.</summary>
    public ReportChapter Text(string text) => Add(Paragraph.Plain(text));

    /// <summary>Adds a small note, e.g. what a dash in a table means.</summary>
    public ReportChapter Note(string text) => Add(new Paragraph([new Run(text)], ParagraphKind.Note));

    /// <summary>Adds a table with a numbered caption.</summary>
    public ReportChapter Table(string caption, IReadOnlyList<TableColumn> columns, IEnumerable<TableRow> rows, bool compact = false)
    {
        _tables++;
        return Add(new Model.Table(columns, [.. rows], Numbered(wording.T("Tabel", "Table"), _tables, caption), compact));
    }

    /// <summary>Adds a chart with a numbered caption.</summary>
    public ReportChapter Figure(string caption, Chart chart)
    {
        _figures++;
        return Add(new Figure(chart, Numbered(wording.T("Gambar", "Figure"), _figures, caption)));
    }

    /// <summary>The finished chapter.</summary>
    public Chapter Build() =>
        new(string.Create(CultureInfo.InvariantCulture, $"{number}. {title}"), [.. _lead], [.. _sections.Select(s => new Section(s.Heading, [.. s.Blocks]))]);

    private string Numbered(string label, int count, string caption) =>
        string.Create(CultureInfo.InvariantCulture, $"{label} {number}.{count} {caption}");
}
