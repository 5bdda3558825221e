using System.Xml.Linq;
using CsCheck;
using Karsa.Documents.Charts;
using Karsa.Documents.Text;

namespace Karsa.Documents.Tests;

public class ChartTests
{
    private static readonly StackedBarChart Bars = new("Belanja <b>per</b> tahun", ["2022", "2023"],
        [new("APBD", [1_200_000_000L, 800_000_000L]), new("CSR & <script>", [300_000_000L, 0L])], [2_000_000_000L, null], "Pagu", "Rupiah");

    [Fact]
    public void Svg_is_well_formed_xml_with_labels_as_escaped_text()
    {
        var svg = XElement.Parse(SvgCanvas.Render(Bars));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = svg.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("CSR & <script>", texts);
        Assert.Contains("Rp 1,5 M", texts);
        Assert.Contains("Rp 500 jt", texts);
        Assert.Empty(svg.Descendants(ns + "script"));
        Assert.Equal("Belanja <b>per</b> tahun", svg.Element(ns + "title")!.Value);
    }

    [Fact]
    public void Series_differ_by_fill_pattern_not_colour_alone()
    {
        var fills = Enumerable.Range(0, 7).Select(ChartFill.ForSeries).ToList();
        Assert.Equal(7, fills.Distinct().Count());
        Assert.All(fills, f => Assert.Equal(1, fills.Count(g => g.Grey == f.Grey && g.Hatch == f.Hatch)));
        var svg = SvgCanvas.Render(Bars);
        Assert.Contains("<path d=\"M", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<pattern", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Hatch.Diagonal)]
    [InlineData(Hatch.BackDiagonal)]
    [InlineData(Hatch.Cross)]
    public void Hatch_lines_stay_inside_their_rectangle(Hatch hatch)
    {
        var path = HatchGeometry.Lines(10, 20, 30, 15, hatch);
        var numbers = path.Split(['M', 'L', ','], StringSplitOptions.RemoveEmptyEntries).Select(n => double.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(numbers.Count >= 8);
        for (var i = 0; i < numbers.Count; i += 2)
        {
            Assert.InRange(numbers[i], 9.9, 40.1);
            Assert.InRange(numbers[i + 1], 19.9, 35.1);
        }
    }

    [Fact]
    public void The_radar_axis_spans_the_whole_scale_from_its_minimum_at_the_centre()
    {
        var axes = new[] { "A", "B", "C", "D", "E", "F" };
        var radar = new RadarChart("Kesiapan", axes, [new("min", [1m, 1m, 1m, 1m, 1m, 1m]), new("mid", [3m, 3m, 3m, 3m, 3m, 3m]), new("max", [5m, 5m, 5m, 5m, 5m, 5m])], 1m, 5m);
        var svg = XElement.Parse(SvgCanvas.Render(radar));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var labels = svg.Descendants(ns + "text").Select(t => t.Value).ToHashSet();
        Assert.Superset(new HashSet<string> { "1", "2", "3", "4", "5" }, labels);
        // Grid rings and series lines are the unfilled polygons (markers are filled); the series come last.
        var polygons = svg.Descendants(ns + "polygon").Where(p => p.Attribute("fill")!.Value == "none")
            .Select(p => p.Attribute("points")!.Value.Split(' ').Select(xy => xy.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToList())
            .ToList();
        var (min, mid, max) = (polygons[^3], polygons[^2], polygons[^1]);
        var centre = min[0];
        Assert.All(min, p => Assert.Equal(centre, p));
        double Distance(double[] p) => Math.Sqrt(Math.Pow(p[0] - centre[0], 2) + Math.Pow(p[1] - centre[1], 2));
        Assert.Contains(polygons[..^3], ring => ring.Zip(max).All(pair => Math.Abs(Distance(pair.First) - Distance(pair.Second)) < 0.1));
        Assert.All(mid.Zip(max), pair => Assert.InRange(Distance(pair.First), (Distance(pair.Second) / 2) - 0.1, (Distance(pair.Second) / 2) + 0.1));
    }

    [Theory]
    [InlineData(3_500_000_000L, "3.500")]
    [InlineData(10_250_000_000L, "10.250")]
    [InlineData(1_234_500_000L, "1.235")]
    [InlineData(150_000_000L, "150")]
    [InlineData(400_000L, "< 1")]
    public void Millions_for_cost_tables_are_whole_and_in_indonesian_form(long amount, string expected) =>
        Assert.Equal(expected, MoneyText.Millions(amount));

    [Fact]
    public void Png_rendering_gives_a_png_of_the_chart_size()
    {
        var png = PngCanvas.Render(Bars, 1f);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
        Assert.Equal(Bars.Width, width);
    }

    [Fact]
    public void Axis_ticks_start_at_zero_rise_evenly_and_cover_the_maximum() =>
        Gen.Long[1, 5_000_000_000_000_000L].Sample(max =>
        {
            var ticks = AxisTicks.From(max);
            Assert.Equal(0, ticks[0]);
            Assert.True(ticks[^1] >= max);
            Assert.InRange(ticks.Count, 3, 12);
            var step = ticks[1] - ticks[0];
            Assert.All(ticks.Zip(ticks.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, step - 1, step + 1));
        });

    [Theory]
    [InlineData(1_250_000_000L, "Rp 1,25 M")]
    [InlineData(850_000_000L, "Rp 850 jt")]
    [InlineData(2_500_000_000_000L, "Rp 2,5 T")]
    [InlineData(75_000L, "Rp 75.000")]
    public void Compact_money_uses_indonesian_units_and_decimal_comma(long amount, string expected) =>
        Assert.Equal(expected, MoneyText.Compact(amount));

    [Fact]
    public void The_radar_tells_its_series_apart_by_line_style_and_marker_shape_in_its_legend_too()
    {
        var radar = new RadarChart("Kesiapan", ["A", "B", "C", "D", "E", "F"], [new("Struktur", [2m, 2m, 2m, 2m, 2m, 2m]), new("Infrastruktur", [3m, 3m, 3m, 3m, 3m, 3m]), new("Suprastruktur", [4m, 4m, 4m, 4m, 4m, 4m])], 1m, 5m);
        var svg = XElement.Parse(SvgCanvas.Render(radar));
        XNamespace ns = "http://www.w3.org/2000/svg";
        var series = svg.Descendants(ns + "polygon").Where(p => p.Attribute("fill")!.Value == "none").TakeLast(3).ToList();
        var dashes = series.Select(p => p.Attribute("stroke-dasharray")?.Value ?? "solid").ToList();
        Assert.Equal(3, dashes.Distinct().Count());
        var legendLines = svg.Descendants(ns + "line").TakeLast(3).Select(l => l.Attribute("stroke-dasharray")?.Value ?? "solid").ToList();
        Assert.Equal(dashes, legendLines);

        // Markers: six per series on the chart plus one in the legend, each series its own number of corners or angle.
        var markers = svg.Descendants(ns + "polygon").Where(p => p.Attribute("fill")!.Value != "none").Select(p => p.Attribute("points")!.Value.Split(' ')).ToList();
        Assert.Equal(21, markers.Count);
        var shapes = markers.Select(points => $"{points.Length}:{points[0].Split(',')[0] == points[2].Split(',')[0]}").ToList();
        Assert.Equal(3, shapes.Distinct().Count());
        Assert.NotEmpty(PngCanvas.Render(radar));
    }
}
