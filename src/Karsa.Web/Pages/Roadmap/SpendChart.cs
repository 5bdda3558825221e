using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Karsa.Planning.Roadmaps;
using Microsoft.AspNetCore.Html;

namespace Karsa.Web.Pages.Roadmap;

/// <summary>
/// The spend chart of a roadmap as server-rendered SVG: per year, one bar per funding source (what the
/// roadmap spends) with a mark at its ceiling. The figures are the roadmap document's (its view's),
/// drawn, never recomputed; the page shows the same figures as a table beside it.
/// </summary>
public static class SpendChart
{
    private const int Height = 180;
    private const int BarWidth = 12;
    private const int YearGap = 14;
    private const int Left = 8;
    private const int Top = 10;
    private static readonly string[] Palette = ["#1f5f99", "#b35c00", "#2e7d32", "#7b1fa2", "#c62828", "#00695c"];

    /// <summary>The chart of <paramref name="spend"/> titled <paramref name="title"/>.</summary>
    public static IHtmlContent Svg(IReadOnlyList<RoadmapDocument.SpendRow> spend, string title)
    {
        ArgumentNullException.ThrowIfNull(spend);
        var sources = spend.Select(s => s.Source).Distinct().Order(StringComparer.Ordinal).ToList();
        var years = spend.Select(s => s.Year).Distinct().Order().ToList();
        var max = Math.Max(1, spend.Max(s => Math.Max(s.Amount, s.Ceiling ?? 0)));
        var groupWidth = (sources.Count * BarWidth) + YearGap;
        var width = Left + (years.Count * groupWidth) + 10;
        var svg = new StringBuilder();
        var encoder = HtmlEncoder.Default;
        svg.Append(Invariant($"<svg class=\"spend-chart\" role=\"img\" aria-labelledby=\"spend-title\" viewBox=\"0 0 {width} {Height + Top + 40}\" width=\"{width}\" height=\"{Height + Top + 40}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append("<title id=\"spend-title\">").Append(encoder.Encode(title)).Append("</title>");
        svg.Append(Invariant($"<line x1=\"{Left}\" y1=\"{Top + Height}\" x2=\"{width - 4}\" y2=\"{Top + Height}\" stroke=\"#333\" stroke-width=\"1\"/>"));
        for (var y = 0; y < years.Count; y++)
        {
            var x0 = Left + (y * groupWidth);
            for (var s = 0; s < sources.Count; s++)
            {
                if (spend.FirstOrDefault(r => r.Year == years[y] && r.Source == sources[s]) is not { } row)
                {
                    continue;
                }

                var x = x0 + (s * BarWidth);
                var h = (int)Math.Round(row.Amount * (double)Height / max);
                var colour = Palette[s % Palette.Length];
                svg.Append(Invariant($"<rect x=\"{x}\" y=\"{Top + Height - h}\" width=\"{BarWidth - 2}\" height=\"{h}\" fill=\"{colour}\"/>"));
                if (row.Ceiling is { } ceiling)
                {
                    var cy = Top + Height - (int)Math.Round(ceiling * (double)Height / max);
                    svg.Append(Invariant($"<line x1=\"{x - 1}\" y1=\"{cy}\" x2=\"{x + BarWidth - 1}\" y2=\"{cy}\" stroke=\"#000\" stroke-width=\"2\"/>"));
                }
            }

            svg.Append(Invariant($"<text x=\"{x0}\" y=\"{Top + Height + 14}\" font-size=\"10\" fill=\"#222\">{years[y]}</text>"));
        }

        for (var s = 0; s < sources.Count; s++)
        {
            var x = Left + (s * 70);
            svg.Append(Invariant($"<rect x=\"{x}\" y=\"{Top + Height + 24}\" width=\"10\" height=\"10\" fill=\"{Palette[s % Palette.Length]}\"/>"));
            svg.Append(Invariant($"<text x=\"{x + 14}\" y=\"{Top + Height + 33}\" font-size=\"10\" fill=\"#222\">")).Append(encoder.Encode(sources[s].ToUpperInvariant())).Append("</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
