namespace Karsa.Documents.Charts;

/// <summary>Where a text is anchored horizontally.</summary>
public enum TextAnchor
{
    /// <summary>Starts at the point.</summary>
    Start,

    /// <summary>Centred on the point.</summary>
    Middle,

    /// <summary>Ends at the point.</summary>
    End,
}

/// <summary>The drawing operations charts need; implemented for SVG and for PNG.</summary>
internal interface IChartCanvas
{
    /// <summary>A filled rectangle with a thin black outline.</summary>
    void Rectangle(double x, double y, double width, double height, ChartFill fill);

    /// <summary>A straight line; grey 0 is black; dashed or dotted (dotted wins) when asked.</summary>
    void Line(double x1, double y1, double x2, double y2, double width, byte grey = 0, bool dashed = false, bool dotted = false);

    /// <summary>A closed polygon, filled (or not when <paramref name="fill"/> is null) and outlined, dashed or dotted when asked.</summary>
    void Polygon(IReadOnlyList<(double X, double Y)> points, ChartFill? fill, double strokeWidth, bool dashed = false, bool dotted = false);

    /// <summary>A text line with its baseline at <paramref name="y"/>.</summary>
    void Text(double x, double y, string text, double size, TextAnchor anchor = TextAnchor.Start, bool bold = false, bool white = false);
}
