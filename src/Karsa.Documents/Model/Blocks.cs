namespace Karsa.Documents.Model;

/// <summary>A piece of book content inside a section; renderers lay blocks out, never decide them.</summary>
public abstract record Block;

/// <summary>
/// A stretch of text with its emphasis. A <see cref="Template"/> run is generated wording the region
/// must replace or confirm: every renderer highlights it, so it is never read as the region's own.
/// </summary>
public sealed record Run(string Text, bool Bold = false, bool Italic = false, bool Code = false, bool Template = false);

/// <summary>How a paragraph is presented.</summary>
public enum ParagraphKind
{
    /// <summary>Body text.</summary>
    Body,

    /// <summary>A quotation or remark.</summary>
    Quote,

    /// <summary>Preformatted text, e.g. a code block of the Markdown.</summary>
    Preformatted,

    /// <summary>A small note, e.g. the source of a table.</summary>
    Note,
}

/// <summary>A paragraph of runs.</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs, ParagraphKind Kind = ParagraphKind.Body) : Block
{
    /// <summary>A plain body paragraph.</summary>
    public static Paragraph Plain(string text) => new([new Run(text)]);

    /// <summary>A body paragraph that is a highlighted template for the region to replace.</summary>
    public static Paragraph Template(string text) => new([new Run(text, Template: true)]);

    /// <summary>All text of the paragraph.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>A heading inside a section (from the plan's Markdown); level 1 is the highest inside a section.</summary>
public sealed record Subheading(string Text, int Level) : Block;

/// <summary>A bulleted or numbered list; each item is a line of runs.</summary>
public sealed record BulletList(IReadOnlyList<IReadOnlyList<Run>> Items, bool Ordered = false) : Block
{
    /// <summary>A bulleted list of plain lines.</summary>
    public static BulletList Plain(IEnumerable<string> items) => new([.. items.Select(i => (IReadOnlyList<Run>)[new Run(i)])]);
}

/// <summary>How a table column is aligned.</summary>
public enum ColumnAlign
{
    /// <summary>Left (text).</summary>
    Left,

    /// <summary>Right (numbers and money).</summary>
    Right,

    /// <summary>Centred (short codes, years).</summary>
    Center,
}

/// <summary>
/// A table column: its header text, alignment and relative width. A <see cref="NoBreak"/> column
/// (programme and indicator codes, years) never breaks a cell inside, not even at a hyphen.
/// </summary>
public sealed record TableColumn(string Header, ColumnAlign Align = ColumnAlign.Left, int Width = 1, bool NoBreak = false)
{
    /// <summary>A centred column of codes that never break inside ("ISO37120-5.1", "GOV-01").</summary>
    public static TableColumn Codes(string header, int width = 1) => new(header, ColumnAlign.Center, width, NoBreak: true);
}

/// <summary>
/// A table with one header row (repeated across pages) and rows of cell text. A row marked as a total
/// is shown in bold. Invariant: every row has as many cells as there are columns.
/// </summary>
public sealed record Table : Block
{
    /// <summary>Creates a table, checking the row widths.</summary>
    public Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, string? caption = null, bool compact = false)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Any(r => r.Cells.Count != columns.Count))
        {
            throw new ArgumentException("Every row must have one cell per column.", nameof(rows));
        }

        (Columns, Rows, Caption, Compact) = (columns, rows, caption, compact);
    }

    /// <summary>The columns.</summary>
    public IReadOnlyList<TableColumn> Columns { get; }

    /// <summary>The body rows.</summary>
    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>Caption shown above the table, e.g. "Tabel 3. Program Smart Governance".</summary>
    public string? Caption { get; }

    /// <summary>True for wide tables set in a smaller font.</summary>
    public bool Compact { get; }

    /// <summary>The caption's number when the caption is numbered (it then starts with <see cref="CaptionNumber.Label"/>).</summary>
    public CaptionNumber? Number { get; init; }
}

/// <summary>
/// A caption's number, "Tabel I-2.3": the series ("Tabel", "Gambar"), what comes before the running
/// number ("I-2.": volume and chapter) and the running number within the chapter.
/// </summary>
public sealed record CaptionNumber(string Series, string Prefix, int Sequence)
{
    /// <summary>The label as printed, e.g. "Tabel I-2.3".</summary>
    public string Label => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Series} {Prefix}{Sequence}");
}

/// <summary>A table row; <see cref="IsTotal"/> rows are emphasised.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool IsTotal = false);

/// <summary>A chart with its caption; a numbered caption starts with the label of <see cref="Number"/>.</summary>
public sealed record Figure(Charts.Chart Chart, string Caption) : Block
{
    /// <summary>The caption's number, when numbered.</summary>
    public CaptionNumber? Number { get; init; }
}

/// <summary>One headline number, e.g. "Programmes: 48".</summary>
public sealed record KeyFigure(string Label, string Value);

/// <summary>A row of headline numbers.</summary>
public sealed record KeyFigures(IReadOnlyList<KeyFigure> Items) : Block;
