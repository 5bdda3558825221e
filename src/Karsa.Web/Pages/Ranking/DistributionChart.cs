using System.Globalization;
using System.Net;
using System.Text;
using Karsa.Monitoring.Evaluation.National;
using Karsa.Web.Localization;

namespace Karsa.Web.Pages.Ranking;

/// <summary>
/// Draws the distribution of the overall index as an inline SVG histogram (no script): one bar per band
/// of the scale, its height the number of regions in it. The SVG carries a title and a text
/// alternative; the page shows the same counts in a table.
/// </summary>
public static class DistributionChart
{
    private const int Width = 560, Height = 220, Left = 40, Right = 16, Top = 16, Bottom = 36;

    /// <summary>The SVG of <paramref name="distribution"/>; <paramref name="id"/> makes its element ids unique on the page.</summary>
    public static string Svg(ScoreDistribution distribution, string id)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var bands = distribution.Bands;
        var highest = Math.Max(1, bands.Max(b => b.Count));
        var slot = (Width - Left - Right) / (double)bands.Count;
        double Y(int count) => Top + ((Height - Top - Bottom) * (1 - (count / (double)highest)));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-t {id}-d\" class=\"histogram\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-t\">{E(Say.T("Sebaran indeks keseluruhan", "Distribution of the overall index"))}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-d\">{E(Describe(distribution))}</desc>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" class=\"axis\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(Y(highest) + 4)}\" text-anchor=\"end\">{E(Say.Number(highest))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Height - Bottom + 4}\" text-anchor=\"end\">0</text>");
        for (var i = 0; i < bands.Count; i++)
        {
            var (band, count) = (bands[i].Band, bands[i].Count);
            var x = Left + (i * slot);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x + 4)}\" y=\"{F(Y(count))}\" width=\"{F(slot - 8)}\" height=\"{F(Height - Bottom - Y(count))}\" class=\"bar\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + (slot / 2))}\" y=\"{F(Y(count) - 4)}\" text-anchor=\"middle\">{E(Say.Number(count))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(x + (slot / 2))}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\">{E(Range(band))}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A band as text: "1,00–2,00".</summary>
    public static string Range(ScoreBand band)
    {
        ArgumentNullException.ThrowIfNull(band);
        return $"{Say.Index(band.From)}–{Say.Index(band.To)}";
    }

    /// <summary>The chart's text alternative: the regions in each band.</summary>
    public static string Describe(ScoreDistribution distribution)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var counts = string.Join("; ", distribution.Bands.Select(b => $"{Range(b.Band)}: {Say.Number(b.Count)}"));
        return Say.T($"Jumlah wilayah per rentang indeks keseluruhan: {counts}.", $"Regions per range of the overall index: {counts}.");
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
