namespace Karsa.Documents.Charts;

/// <summary>Draws any <see cref="Chart"/> on a canvas.</summary>
internal static class ChartPainter
{
    /// <summary>Average glyph width relative to the font size, for laying out labels.</summary>
    public const double GlyphWidth = 0.56;

    /// <summary>Draws <paramref name="chart"/> on <paramref name="canvas"/>.</summary>
    public static void Paint(Chart chart, IChartCanvas canvas)
    {
        switch (chart)
        {
            case RadarChart radar:
                RadarPainter.Paint(radar, canvas);
                break;
            case StackedBarChart bars:
                StackedBarPainter.Paint(bars, canvas);
                break;
            case GanttChart gantt:
                GanttPainter.Paint(gantt, canvas);
                break;
            default:
                throw new NotSupportedException(chart.GetType().Name);
        }
    }

    /// <summary>
    /// Draws a legend row of fill swatches and names from (<paramref name="x"/>, <paramref name="y"/>),
    /// wrapping at <paramref name="right"/>; returns the baseline of its last row.
    /// </summary>
    public static double Legend(IChartCanvas canvas, IReadOnlyList<(string Name, ChartFill Fill)> entries, double x, double y, double right)
    {
        var left = x;
        foreach (var (name, fill) in entries)
        {
            var width = 22 + (name.Length * 12 * GlyphWidth) + 18;
            if (x + width > right && x > left)
            {
                (x, y) = (left, y + 20);
            }

            canvas.Rectangle(x, y - 11, 16, 12, fill);
            canvas.Text(x + 21, y, name, 12);
            x += width;
        }

        return y;
    }

    /// <summary>Shortens <paramref name="text"/> to fit <paramref name="maxChars"/> characters, with an ellipsis.</summary>
    public static string Fit(string text, int maxChars) =>
        text.Length <= maxChars ? text : string.Concat(text.AsSpan(0, Math.Max(1, maxChars - 1)), "…");
}
