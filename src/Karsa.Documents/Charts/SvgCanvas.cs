using System.Globalization;
using System.Security;
using System.Text;

namespace Karsa.Documents.Charts;

/// <summary>Writes a chart as a standalone SVG element (text escaped, hatches as vector lines).</summary>
internal sealed class SvgCanvas : IChartCanvas
{
    private readonly StringBuilder _body = new();

    /// <summary>Draws <paramref name="chart"/> and returns its SVG markup.</summary>
    public static string Render(Chart chart)
    {
        var canvas = new SvgCanvas();
        ChartPainter.Paint(chart, canvas);
        return canvas.ToSvg(chart);
    }

    public void Rectangle(double x, double y, double width, double height, ChartFill fill)
    {
        _body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"{Grey(fill.Grey)}\"/>");
        if (fill.Hatch == Hatch.Dots)
        {
            foreach (var (cx, cy) in HatchGeometry.Dots(x, y, width, height))
            {
                _body.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(cx)}\" cy=\"{N(cy)}\" r=\"0.9\"/>");
            }
        }
        else if (HatchGeometry.Lines(x, y, width, height, fill.Hatch) is { Length: > 0 } lines)
        {
            _body.Append(CultureInfo.InvariantCulture, $"<path d=\"{lines}\" stroke=\"#000\" stroke-width=\"0.7\"/>");
        }

        _body.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"none\" stroke=\"#000\" stroke-width=\"0.8\"/>");
    }

    public void Line(double x1, double y1, double x2, double y2, double width, byte grey = 0, bool dashed = false, bool dotted = false) =>
        _body.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(x1)}\" y1=\"{N(y1)}\" x2=\"{N(x2)}\" y2=\"{N(y2)}\" stroke=\"{Grey(grey)}\" stroke-width=\"{N(width)}\"{Dash(dashed, dotted)}/>");

    public void Polygon(IReadOnlyList<(double X, double Y)> points, ChartFill? fill, double strokeWidth, bool dashed = false, bool dotted = false)
    {
        var list = string.Join(' ', points.Select(p => $"{N(p.X)},{N(p.Y)}"));
        var fillText = fill is { } f ? Grey(f.Grey) : "none";
        _body.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{list}\" fill=\"{fillText}\" stroke=\"#000\" stroke-width=\"{N(strokeWidth)}\"{Dash(dashed, dotted)}/>");
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
        svg.Append("<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>").Append(_body).Append("</svg>");
        return svg.ToString();
    }

    private static string Grey(byte grey) => $"#{grey:x2}{grey:x2}{grey:x2}";

    private static string Dash(bool dashed, bool dotted) =>
        dotted ? " stroke-dasharray=\"0.1 5\" stroke-linecap=\"round\"" : dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
