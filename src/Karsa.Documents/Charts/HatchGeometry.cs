using System.Globalization;
using System.Text;

namespace Karsa.Documents.Charts;

/// <summary>
/// Hatch lines of a rectangle as plain vector segments (an SVG path), so printing keeps them as lines
/// instead of rasterising pattern fills into large images.
/// </summary>
internal static class HatchGeometry
{
    private const double Spacing = 5;

    /// <summary>The SVG path data of <paramref name="hatch"/> inside the rectangle; empty for none or dots.</summary>
    public static string Lines(double x, double y, double width, double height, Hatch hatch)
    {
        var path = new StringBuilder();
        var (right, bottom) = (x + width, y + height);
        if (hatch is Hatch.Horizontal or Hatch.Cross)
        {
            for (var line = y + (Spacing / 2); line < bottom; line += Spacing)
            {
                Segment(path, x, line, right, line);
            }
        }

        if (hatch is Hatch.Vertical or Hatch.Cross)
        {
            for (var line = x + (Spacing / 2); line < right; line += Spacing)
            {
                Segment(path, line, y, line, bottom);
            }
        }

        if (hatch == Hatch.Diagonal)
        {
            // Lines x + y = c, rising to the right on screen.
            for (var c = x + y + Spacing; c < right + bottom; c += Spacing)
            {
                var (x1, x2) = (Math.Max(x, c - bottom), Math.Min(right, c - y));
                Segment(path, x1, c - x1, x2, c - x2);
            }
        }

        if (hatch == Hatch.BackDiagonal)
        {
            // Lines x - y = c, falling to the right on screen.
            for (var c = x - bottom + Spacing; c < right - y; c += Spacing)
            {
                var (x1, x2) = (Math.Max(x, c + y), Math.Min(right, c + bottom));
                Segment(path, x1, x1 - c, x2, x2 - c);
            }
        }

        return path.ToString();
    }

    /// <summary>Centres of the dots of a dotted fill.</summary>
    public static IEnumerable<(double X, double Y)> Dots(double x, double y, double width, double height)
    {
        for (var cy = y + (Spacing / 2); cy < y + height; cy += Spacing)
        {
            for (var cx = x + (Spacing / 2); cx < x + width; cx += Spacing)
            {
                yield return (cx, cy);
            }
        }
    }

    private static void Segment(StringBuilder path, double x1, double y1, double x2, double y2)
    {
        if (x2 - x1 < 0.05 && Math.Abs(y2 - y1) < 0.05)
        {
            return;
        }

        path.Append(CultureInfo.InvariantCulture, $"M{Math.Round(x1, 1)},{Math.Round(y1, 1)}L{Math.Round(x2, 1)},{Math.Round(y2, 1)}");
    }
}
