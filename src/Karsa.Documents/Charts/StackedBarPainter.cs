using Karsa.Documents.Text;

namespace Karsa.Documents.Charts;

/// <summary>Draws stacked bars per category with a Rupiah axis and a dashed limit mark per category.</summary>
internal static class StackedBarPainter
{
    public static void Paint(StackedBarChart chart, IChartCanvas canvas)
    {
        var (left, top, right, bottom) = (110d, 30d, chart.Width - 20d, chart.Height - 95d);
        var totals = chart.Categories.Select((_, c) => chart.Series.Sum(s => s.Values[c])).ToList();
        var max = Math.Max(totals.DefaultIfEmpty(0).Max(), chart.Limits.Select(l => l ?? 0).DefaultIfEmpty(0).Max());
        var ticks = AxisTicks.From(max);
        var top_ = (double)ticks[^1];
        double Y(long value) => bottom - ((bottom - top) * value / top_);

        canvas.Text(left - 100, top - 12, chart.ValueAxisLabel, 12, bold: true);
        foreach (var tick in ticks)
        {
            canvas.Line(left, Y(tick), right, Y(tick), 0.5, 200);
            canvas.Text(left - 6, Y(tick) + 4, MoneyText.Compact(tick), 11, TextAnchor.End);
        }

        var slot = (right - left) / Math.Max(1, chart.Categories.Count);
        var barWidth = slot * 0.62;
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var x = left + (slot * c) + ((slot - barWidth) / 2);
            long below = 0;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var value = chart.Series[s].Values[c];
                if (value > 0)
                {
                    canvas.Rectangle(x, Y(below + value), barWidth, Y(below) - Y(below + value), ChartFill.ForSeries(s));
                }

                below += value;
            }

            if (chart.Limits[c] is { } limit)
            {
                canvas.Line(x - (slot * 0.15), Y(limit), x + barWidth + (slot * 0.15), Y(limit), 2.4, 0, dashed: true);
            }

            canvas.Text(x + (barWidth / 2), bottom + 16, chart.Categories[c], 11, TextAnchor.Middle);
        }

        canvas.Line(left, bottom, right, bottom, 1);
        canvas.Line(left, top, left, bottom, 1);
        var legend = chart.Series.Select((s, i) => (s.Name, ChartFill.ForSeries(i))).ToList();
        var limitY = ChartPainter.Legend(canvas, legend, left, bottom + 42, right) + 24;
        canvas.Line(left, limitY - 4, left + 16, limitY - 4, 2.4, 0, dashed: true);
        canvas.Text(left + 21, limitY, chart.LimitLabel, 12);
    }
}
