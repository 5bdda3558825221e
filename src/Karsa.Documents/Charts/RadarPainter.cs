using Karsa.Domain.Primitives;

namespace Karsa.Documents.Charts;

/// <summary>
/// Draws a radar chart: a grid of the scale, one axis per label, one outlined polygon per series. Series
/// differ without colour: each has its own line style (solid, dashed, dotted) and marker shape (square,
/// triangle, diamond), and the legend shows both.
/// </summary>
internal static class RadarPainter
{
    public static void Paint(RadarChart chart, IChartCanvas canvas)
    {
        var (cx, cy, radius) = (chart.Width / 2d, 245d, 185d);
        var n = chart.Axes.Count;
        (double X, double Y) Point(int axis, double fraction)
        {
            var angle = (-Math.PI / 2) + (2 * Math.PI * axis / n);
            return (cx + (Math.Cos(angle) * radius * fraction), cy + (Math.Sin(angle) * radius * fraction));
        }

        // The radial axis runs over the whole scale: its minimum at the centre (labelled), one labelled
        // ring per step up to the maximum on the outer ring, so differences are not exaggerated.
        // Ring labels sit between the last and the first axis, away from the data points on the axes.
        var steps = (int)Math.Clamp(Math.Round(chart.Max - chart.Min), 2, 10);
        canvas.Text(cx - 4, cy + 4, IndonesianNumbers.FormatDecimal(chart.Min, 1), 11, TextAnchor.End);
        for (var s = 1; s <= steps; s++)
        {
            var fraction = (double)s / steps;
            canvas.Polygon([.. Enumerable.Range(0, n).Select(a => Point(a, fraction))], null, 0.6, dashed: s < steps);
            var value = chart.Min + ((chart.Max - chart.Min) * s / steps);
            var (x0, y0) = Point(0, fraction);
            var (x1, y1) = Point(n - 1, fraction);
            canvas.Text(((x0 + x1) / 2) - 3, ((y0 + y1) / 2) + 4, IndonesianNumbers.FormatDecimal(value, 1), 11, TextAnchor.End);
        }

        for (var a = 0; a < n; a++)
        {
            var (x, y) = Point(a, 1);
            canvas.Line(cx, cy, x, y, 0.6, 120);
            var (lx, ly) = Point(a, 1.12);
            var anchor = Math.Abs(lx - cx) < 5 ? TextAnchor.Middle : lx > cx ? TextAnchor.Start : TextAnchor.End;
            canvas.Text(lx, ly + 5, ChartPainter.Fit(chart.Axes[a], 24), 13, anchor, bold: true);
        }

        var span = (double)(chart.Max - chart.Min);
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var series = chart.Series[i];
            var points = series.Values.Select((v, a) => Point(a, Math.Clamp((double)(v - chart.Min) / span, 0, 1))).ToList();
            canvas.Polygon(points, null, StrokeWidth(i), dashed: i % 3 == 1, dotted: i % 3 == 2);
            foreach (var (x, y) in points)
            {
                Marker(canvas, i, x, y);
            }
        }

        Legend(canvas, chart, 20, chart.Height - 14);
    }

    private static double StrokeWidth(int series) => series % 3 == 0 ? 2.4 : 2;

    /// <summary>The series' marker: a square, a triangle or a diamond, filled with the series' grey and hatch.</summary>
    private static void Marker(IChartCanvas canvas, int series, double x, double y)
    {
        const double r = 4.5;
        (double X, double Y)[] shape = (series % 3) switch
        {
            0 => [(x - (r * 0.8), y - (r * 0.8)), (x + (r * 0.8), y - (r * 0.8)), (x + (r * 0.8), y + (r * 0.8)), (x - (r * 0.8), y + (r * 0.8))],
            1 => [(x, y - r), (x + r, y + (r * 0.8)), (x - r, y + (r * 0.8))],
            _ => [(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
        };
        canvas.Polygon(shape, ChartFill.ForSeries(series), 0.8);
    }

    /// <summary>One entry per series: a line sample in the series' style with its marker, then the name.</summary>
    private static void Legend(IChartCanvas canvas, RadarChart chart, double x, double y)
    {
        var left = x;
        for (var i = 0; i < chart.Series.Count; i++)
        {
            var name = chart.Series[i].Name;
            var width = 40 + (name.Length * 12 * ChartPainter.GlyphWidth) + 22;
            if (x + width > chart.Width - 20 && x > left)
            {
                (x, y) = (left, y + 20);
            }

            canvas.Line(x, y - 5, x + 32, y - 5, StrokeWidth(i), dashed: i % 3 == 1, dotted: i % 3 == 2);
            Marker(canvas, i, x + 16, y - 5);
            canvas.Text(x + 38, y, name, 12);
            x += width;
        }
    }
}
