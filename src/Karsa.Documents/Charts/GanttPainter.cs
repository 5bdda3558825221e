using System.Globalization;

namespace Karsa.Documents.Charts;

/// <summary>Draws a Gantt chart: one labelled row per programme, year columns, bars patterned by group.</summary>
internal static class GanttPainter
{
    public static void Paint(GanttChart chart, IChartCanvas canvas)
    {
        // The right margin leaves room for the arrowhead of a bar that runs on past the last year.
        var (left, top, right) = (150d, 28d, chart.Width - 15d);
        var years = chart.LastYear - chart.FirstYear + 1;
        var column = (right - left) / years;
        var bottom = top + (chart.Rows.Count * GanttChart.RowHeight);
        for (var y = 0; y <= years; y++)
        {
            canvas.Line(left + (column * y), top - 4, left + (column * y), bottom, 0.5, 190);
            if (y < years)
            {
                var label = (chart.FirstYear + y).ToString(CultureInfo.InvariantCulture);
                canvas.Text(left + (column * (y + 0.5)), top - 10, label, 11, TextAnchor.Middle, bold: true);
            }
        }

        for (var r = 0; r < chart.Rows.Count; r++)
        {
            var row = chart.Rows[r];
            var rowTop = top + (r * GanttChart.RowHeight);
            canvas.Text(left - 6, rowTop + 13, ChartPainter.Fit(row.Label, 24), 11, TextAnchor.End);
            var first = Math.Clamp(row.FirstYear - chart.FirstYear, 0, years - 1);
            var last = Math.Clamp(row.LastYear - chart.FirstYear, first, years - 1);
            var barEnd = left + (column * (last + 1)) - 2;
            canvas.Rectangle(left + (column * first) + 2, rowTop + 3, barEnd - (left + (column * first) + 2), GanttChart.RowHeight - 6, ChartFill.ForSeries(row.Group));
            if (row.RunsOn)
            {
                // An arrowhead past the bar's end: the programme goes on after the chart's last year.
                canvas.Polygon([(barEnd, rowTop + 2), (barEnd + 8, rowTop + (GanttChart.RowHeight / 2d)), (barEnd, rowTop + GanttChart.RowHeight - 2)], new ChartFill(0, Hatch.None), 1);
            }
        }

        canvas.Line(left, bottom, right, bottom, 1);
        // Only the groups (terms) the chart shows: a legend entry for an empty term would promise bars that are not there.
        ChartPainter.Legend(canvas, [.. chart.Groups.Select((g, i) => (g, i)).Where(x => chart.Rows.Any(r => r.Group == x.i)).Select(x => (x.g, ChartFill.ForSeries(x.i)))], left, bottom + 30, right);
    }
}
