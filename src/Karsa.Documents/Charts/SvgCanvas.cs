using System.Globalization;
using System.Security;
using System.Text;

namespace Karsa.Documents.Charts;

/// <summary>Writes a chart as a standalone SVG element (text escaped, hatches as patterns).</summary>
internal sealed class SvgCanvas : IChartCanvas
{
    private readonly StringBuilder _body = new();
    private readonly SortedDictionary<string, ChartFill> _patterns = new(StringComparer.Ordinal);

    /// <summary>Draws <paramref name="chart"/> and returns its SVG markup.</summary>
    public static string Render(Chart chart, string idPrefix)
    {
        var canvas = new SvgCanvas(idPrefix);
        ChartPainter.Paint(chart, canvas);
        return canvas.ToSvg(chart);
    }

    private SvgCanvas(string idPrefix) => IdPrefix = idPrefix;

    private string IdPrefix { get; }

    public void Rectangle(double x, double y, double width, double height, ChartFill fill) =>
        _body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{Fill(fill)}\" stroke=\"#000\" stroke-width=\"0.8\"/>");

    public void Line(double x1, double y1, double x2, double y2, double width, byte grey = 0, bool dashed = false) =>
        _body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{Grey(grey)}\" stroke-width=\"{N(width)}\"{Dash(dashed)}/>");

    public void Polygon(IReadOnlyList<(double X, double Y)> points, ChartFill? fill, double strokeWidth, bool dashed = false)
    {
        var list = string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"));
        var fillText = fill is { } f ? Fill(f) : "none";
        _body.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{list}\" fill=\"{fillText}\" stroke=\"#000\" stroke-width=\"{N(strokeWidth)}\"{Dash(dashed)}/>");
    }

    public void Text(double x, double y, string text, double size, TextAnchor anchor = TextAnchor.Start, bool bold = false, bool white = false)
    {
        var anchorText = anchor switch { TextAnchor.Middle => "middle", TextAnchor.End => "end", _ => "start" };
        _body.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(y)}\" font-size=\"{N(size)}\" text-anchor=\"{anchorText}\"");
        _body.Append(bold ? " font-weight=\"bold\"" : string.Empty).Append(white ? " fill=\"#fff\"" : string.Empty);
        _body.Append('>').Append(SecurityElement.Escape(text)).Append("</text>");
    }

    private string ToSvg(Chart chart)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {chart.Width} {chart.Height}\" role=\"img\" aria-label=\"{SecurityElement.Escape(chart.Description)}\" font-family=\"'DejaVu Sans', 'Liberation Sans', Arial, sans-serif\">");
        svg.Append("<title>").Append(SecurityElement.Escape(chart.Description)).Append("</title>");
        if (_patterns.Count > 0)
        {
            svg.Append("<defs>");
            foreach (var (id, fill) in _patterns)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<pattern id=\"{id}\" patternUnits=\"userSpaceOnUse\" width=\"8\" height=\"8\"><rect width=\"8\" height=\"8\" fill=\"{Grey(fill.Grey)}\"/>");
                svg.Append(HatchPath(fill.Hatch)).Append("</pattern>");
            }

            svg.Append("</defs>");
        }

        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>").Append(_body).Append("</svg>");
        return svg.ToString();
    }

    private string Fill(ChartFill fill)
    {
        if (fill.Hatch == Hatch.None)
        {
            return Grey(fill.Grey);
        }

        var id = $"{IdPrefix}-h{fill.Grey}-{fill.Hatch}".ToLowerInvariant();
        _patterns[id] = fill;
        return $"url(#{id})";
    }

    private static string HatchPath(Hatch hatch) => hatch switch
    {
        Hatch.Diagonal => "<path d=\"M-2,10 L10,-2 M-2,2 L2,-2 M6,10 L10,6\" stroke=\"#000\" stroke-width=\"1\"/>",
        Hatch.BackDiagonal => "<path d=\"M-2,-2 L10,10 M6,-2 L10,2 M-2,6 L2,10\" stroke=\"#000\" stroke-width=\"1\"/>",
        Hatch.Horizontal => "<path d=\"M0,4 L8,4\" stroke=\"#000\" stroke-width=\"1\"/>",
        Hatch.Vertical => "<path d=\"M4,0 L4,8\" stroke=\"#000\" stroke-width=\"1\"/>",
        Hatch.Cross => "<path d=\"M0,4 L8,4 M4,0 L4,8\" stroke=\"#000\" stroke-width=\"0.8\"/>",
        Hatch.Dots => "<circle cx=\"4\" cy=\"4\" r=\"1.4\" fill=\"#000\"/>",
        _ => string.Empty,
    };

    private static string Grey(byte grey) => $"#{grey:x2}{grey:x2}{grey:x2}";

    private static string Dash(bool dashed) => dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
