using System.Text;

namespace Karsa.Interchange.Tests;

/// <summary>Inputs built to exhaust memory or time fail fast with KRS002 at a position, and never throw.</summary>
public class HostileInputTests
{
    private const string BillionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;

    [Fact]
    public void Billion_laughs_is_refused_at_the_first_anchor()
    {
        var result = Reading.Yaml(BillionLaughs);

        var refused = Assert.Single(result.Diagnostics);
        Assert.Equal("KRS002", refused.Code);
        Assert.Equal((1, 4), (refused.Location!.Line, refused.Location.Column));
    }

    [Fact]
    public void A_lone_alias_is_refused_too()
    {
        var result = Reading.Yaml("karsa: 1\ntitle: *x\n");

        result.AssertAt("KRS002", 2, 8);
    }

    [Theory]
    [InlineData(PlanFormat.Yaml)]
    [InlineData(PlanFormat.Json)]
    public void A_100_MB_stream_stops_at_the_size_limit_without_reading_it_all(PlanFormat format)
    {
        using var stream = new EndlessStream(100L * 1024 * 1024, Encoding.UTF8.GetBytes("# padding line\n"));

        var result = PlanReader.Read(stream, format, "huge");

        result.AssertAt("KRS002", 1, 1);
        Assert.InRange(stream.BytesRead, 16L * 1024 * 1024, 17L * 1024 * 1024);
    }

    [Fact]
    public void Text_over_the_size_limit_is_refused_before_parsing()
    {
        var text = "karsa: 1\n" + new string('#', 17 * 1024 * 1024);

        Reading.Yaml(text).AssertAt("KRS002", 1, 1);
    }

    [Fact]
    public void YAML_nested_ten_thousand_deep_in_flow_style_stops_at_depth_64()
    {
        var text = "a: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        // The top mapping is level 1 and the k-th '[' (column 3 + k) opens level k + 1: the 64th passes the limit.
        Reading.Yaml(text).AssertAt("KRS002", 1, 67);
    }

    [Fact]
    public void YAML_nested_ten_thousand_deep_in_block_style_stops_at_depth_64()
    {
        var text = string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n";

        // The k-th "- " (column 2k - 1) opens level k: the 65th passes the limit.
        Reading.Yaml(text).AssertAt("KRS002", 1, 129);
    }

    [Fact]
    public void JSON_nested_ten_thousand_deep_stops_at_depth_64()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        Reading.Json(text).AssertAt("KRS002", 1, 65);
    }

    [Fact]
    public void More_than_a_million_nodes_is_refused_at_the_node_past_the_limit()
    {
        var text = "[" + string.Concat(Enumerable.Repeat("0,", 1_000_001)) + "0]";

        // Node 1 is the list; node 1,000,001 is its 1,000,000th item, at column 2 + 2 * 999,999.
        Reading.Json(text).AssertAt("KRS002", 1, 2_000_000);
    }

    [Fact]
    public void Invalid_utf8_is_a_syntax_error_at_its_position()
    {
        using var stream = new MemoryStream([.. "karsa: 1\ntitle: ab"u8, 0xFF, (byte)'\n']);

        PlanReader.Read(stream, PlanFormat.Yaml, "bad").AssertAt("KRS001", 2, 10);
    }

    [Fact]
    public void Tags_and_multiple_documents_are_refused()
    {
        Reading.Yaml("karsa: !!int 1\n").AssertAt("KRS001", 1, 8);
        Reading.Yaml("karsa: 1\n---\nkarsa: 1\n").AssertAt("KRS001", 2, 1);
    }

    [Theory]
    [InlineData("{\"karsa\": 1, \"title\": \"\\ud800\"}", 1, 23)]
    [InlineData("{\"karsa\": 1, \"title\": \"a\\qb\"}", 1, 26)]
    public void Broken_json_escapes_are_syntax_errors(string json, int line, int column) =>
        Reading.Json(json).AssertAt("KRS001", line, column);
}
