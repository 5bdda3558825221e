using System.Globalization;
using System.Net;
using System.Text;
using Karsa.Monitoring.Indicators;
using Karsa.Web.Localization;

namespace Karsa.Web.Pages.Indicators;

/// <summary>
/// Draws an indicator's trend as inline SVG (no script, no CDN): the observations as a solid line with
/// dots on the newest twelve, the trajectory from baseline through the targets as a dashed line, time on the x axis. The SVG
/// carries a title and a text alternative; the page shows the same values in a table.
/// </summary>
public static class TrendChart
{
    private const int Width = 560, Height = 220, Left = 56, Right = 16, Top = 16, Bottom = 32;

    /// <summary>Only the newest observations get a dot (the ones the page lists); the line joins them all.</summary>
    private const int MaxDots = 12;

    /// <summary>The SVG of <paramref name="series"/>, or null when it has no point at all; <paramref name="id"/> makes its element ids unique on the page.</summary>
    public static string? Svg(TrendSeries series, string id)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.Observations.Select(o => (o.At, o.Value)).Concat(series.Trajectory.Select(p => (p.At, p.Value))).ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var (firstDay, lastDay) = (points.Min(p => p.At).DayNumber, points.Max(p => p.At).DayNumber);
        var (low, high) = (Math.Min(0, points.Min(p => p.Value)), points.Max(p => p.Value));
        high = high == low ? low + 1 : high;
        double X(DateOnly day) => Left + ((Width - Left - Right) * (lastDay == firstDay ? 0.5 : (day.DayNumber - firstDay) / (double)(lastDay - firstDay)));
        double Y(decimal value) => Top + ((Height - Top - Bottom) * (double)((high - value) / (high - low)));

        var name = Say.T(series.Name);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" class=\"trend\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{E(Say.T($"Tren {name}", $"Trend of {name}"))}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-d\">{E(Describe(series))}</desc>");
        Axes(svg, X, Y, low, high, firstDay, lastDay);
        Line(svg, series.Trajectory.Select(p => (X(p.At), Y(p.Value))), "trajectory", "6 4");
        Line(svg, series.Observations.Select(o => (X(o.At), Y(o.Value))), "observed", null);
        foreach (var o in series.Observations.Skip(Math.Max(0, series.Observations.Count - MaxDots)))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(o.At))}\" cy=\"{F(Y(o.Value))}\" r=\"3\" class=\"observed\"/>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The chart's text alternative: what is drawn, the latest observation and the last target.</summary>
    public static string Describe(TrendSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var latest = series.Observations.Count == 0 ? Say.T("belum ada pengamatan", "no observation yet")
            : Say.T($"pengamatan terakhir {V(series.Observations[^1].Value)} {series.Unit} ({series.Observations[^1].Period})",
                $"latest observation {V(series.Observations[^1].Value)} {series.Unit} ({series.Observations[^1].Period})");
        var target = series.Trajectory.Count == 0 ? Say.T("tanpa lintasan target", "no target trajectory")
            : Say.T($"target {V(series.Trajectory[^1].Value)} {series.Unit} pada {series.Trajectory[^1].Year}",
                $"target {V(series.Trajectory[^1].Value)} {series.Unit} in {series.Trajectory[^1].Year}");
        return Say.T($"{series.Observations.Count} pengamatan (garis utuh) dan lintasan target (garis putus-putus); {latest}; {target}.",
            $"{series.Observations.Count} observations (solid line) and the target trajectory (dashed line); {latest}; {target}.");
    }

    private static void Axes(StringBuilder svg, Func<DateOnly, double> x, Func<decimal, double> y, decimal low, decimal high, int firstDay, int lastDay)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" class=\"axis\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" class=\"axis\"/>");
        foreach (var value in new[] { low, (low + high) / 2, high })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{F(y(value) + 4)}\" text-anchor=\"end\">{E(V(value))}</text>");
        }

        var (first, last) = (DateOnly.FromDayNumber(firstDay).Year, DateOnly.FromDayNumber(lastDay).Year);
        var step = Math.Max(1, (last - first + 1) / 8);
        for (var year = first; year <= last; year += step)
        {
            var at = new DateOnly(year, 12, 31);
            if (at.DayNumber >= firstDay && at.DayNumber <= lastDay)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x(at))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{year}</text>");
            }
        }
    }

    private static void Line(StringBuilder svg, IEnumerable<(double X, double Y)> points, string kind, string? dashes)
    {
        var list = points.ToList();
        if (list.Count > 1)
        {
            var dash = dashes is null ? "" : $" stroke-dasharray=\"{dashes}\"";
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', list.Select(p => $"{F(p.X)},{F(p.Y)}"))}\" class=\"{kind}\" fill=\"none\"{dash}/>");
        }
    }

    private static string V(decimal value) => Say.Number(value, 2);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
