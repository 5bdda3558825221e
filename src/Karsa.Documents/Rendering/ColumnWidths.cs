using Karsa.Documents.Model;

namespace Karsa.Documents.Rendering;

/// <summary>
/// Decides a table's column widths from its content, the same way for DOCX and HTML: every column gets
/// at least its longest unbreakable word (a no-break column its longest whole cell, a right-aligned or
/// centred one its longest number); the
/// room left goes to the columns that would wrap, by how much more they would use weighted by their
/// <see cref="TableColumn.Width"/>, and what is left after that by <see cref="TableColumn.Width"/>.
/// Widths are shares of the printable text width.
/// </summary>
internal static class ColumnWidths
{
    /// <summary>Printable width in ems of the table font (A4 with the book's margins, HTML print being the narrower).</summary>
    private const double NormalWidthEm = 56;

    /// <summary>As <see cref="NormalWidthEm"/> for compact tables, which are set smaller.</summary>
    private const double CompactWidthEm = 69;

    /// <summary>Cell padding and border per column in ems.</summary>
    private const double PaddingEm = 1.3;

    /// <summary>Words longer than this (URLs, hostile text) are broken anywhere rather than widening their column.</summary>
    private const double LongestWordEm = 14;

    /// <summary>More than this is not wanted even for long text; wider columns only wrap less.</summary>
    private const double LongestLineEm = 30;

    /// <summary>Each column's share of the table width; the shares sum to 1.</summary>
    public static IReadOnlyList<double> Shares(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var needs = Needs(table);
        var available = (table.Compact ? CompactWidthEm : NormalWidthEm) - (PaddingEm * needs.Count);
        var minimum = needs.Sum(n => n.Minimum);
        double[] widths;
        if (minimum >= available)
        {
            widths = [.. needs.Select(n => n.Minimum)];
        }
        else
        {
            // Room to spare: first towards each column's natural width (weighted by its Width), then, once
            // every column is on one line, shared out by Width.
            var spare = available - minimum;
            var units = table.Columns.Sum(Weight);
            var slack = needs.Select(n => n.Natural - n.Minimum).ToList();
            if (spare >= slack.Sum())
            {
                var rest = spare - slack.Sum();
                widths = [.. needs.Select((n, i) => n.Natural + (rest * Weight(table.Columns[i]) / units))];
            }
            else
            {
                var weighted = slack.Select((x, i) => x * Weight(table.Columns[i])).ToList();
                widths = [.. needs.Select((n, i) => n.Minimum + (spare * weighted[i] / weighted.Sum()))];
            }
        }

        var padded = widths.Select(w => w + PaddingEm).ToList();
        var total = padded.Sum();
        return [.. padded.Select(w => w / total)];
    }

    /// <summary>
    /// Whether a cell must fit on one line: every cell of a no-break column, and the numbers, amounts and
    /// years of a right-aligned or centred one ("Rp 1.250.000.000", "73,4%"); words there ("belum
    /// diperkirakan") may wrap like any text.
    /// </summary>
    private static bool KeptWhole(TableColumn column, string cell) =>
        column.NoBreak || (column.Align != ColumnAlign.Left && cell.Any(char.IsAsciiDigit));

    private static double Weight(TableColumn column) => Math.Max(1, column.Width);

    /// <summary>The narrowest the table can be, in ems of its font, before words would have to break.</summary>
    public static double MinimumEm(Table table) => Needs(table).Sum(n => n.Minimum + PaddingEm);

    private static List<(double Minimum, double Natural)> Needs(Table table) =>
        [.. table.Columns.Select((column, i) =>
        {
            var cells = table.Rows.Select(r => (Text: r.Cells[i], Bold: r.IsTotal, Header: false)).Prepend((Text: column.Header, Bold: true, Header: true)).ToList();
            var minimum = cells.Select(c => !c.Header && KeptWhole(column, c.Text)
                ? TextWidthEstimate.Em(c.Text, c.Bold)
                : TextWidthEstimate.Words(c.Text).Select(w => TextWidthEstimate.Em(w, c.Bold)).DefaultIfEmpty(0).Max()).Max();
            minimum = Math.Min(minimum, LongestWordEm);
            var natural = Math.Min(cells.Select(c => TextWidthEstimate.Em(c.Text, c.Bold)).Max(), LongestLineEm);
            return (minimum, Math.Max(minimum, natural));
        })];
}
