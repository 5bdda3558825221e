using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Tests.Indicators;

public class ObservationsCsvTests
{
    private static List<ObservationsCsvRow> Read(string text) => [.. ObservationsCsv.Read(new StringReader(text), "o.csv")];

    private static IReadOnlyList<Diagnostic> Check(string text) => ObservationsCsv.Check(new StringReader(text), "o.csv");

    private static string Where(Diagnostic d) => $"{d.Code} {d.Location!.Line}:{d.Location.Column}";

    [Fact]
    public void A_comma_file_takes_decimal_points_columns_in_any_order_quotes_a_BOM_and_blank_lines()
    {
        const string File = "\uFEFFCode, region ,framework,period,value,source,evidence\n"
            + "IND-1,33.13,local,2025,52.5,\"BPS, \"\"Dalam Angka\"\"\",\n"
            + "\n"
            + "\"EC: ICT: ICT: 1C\",33.13,U4SSC,2025-Q2,-0.125,Dinas Kominfo,ev-7\n";

        var rows = Read(File);

        Assert.Equal(
            [
                new ObservationsCsvRow(2, new RegionCode("33.13"), IndicatorFramework.Local, "IND-1", ObservationPeriod.Year(2025), 52.5m, "BPS, \"Dalam Angka\"", null),
                new ObservationsCsvRow(4, new RegionCode("33.13"), IndicatorFramework.U4ssc, "EC: ICT: ICT: 1C", ObservationPeriod.Quarter(2025, 2), -0.125m, "Dinas Kominfo", "ev-7"),
            ], rows);
    }

    [Fact]
    public void A_semicolon_file_takes_a_decimal_comma_or_point()
    {
        var rows = Read("region;framework;code;period;value;source\n33.13;spbe;1;2025;3,75;KemenPANRB\n33.13;spbe;2;2025;4.5;KemenPANRB\n");

        Assert.Equal([3.75m, 4.5m], rows.Select(r => r.Value));
    }

    [Theory]
    [InlineData("region,framework,code,period,value,source\n33.13,local,IND-1,2025,\"12,5\",BPS\n", "KRS126 2:24")]
    [InlineData("region;framework;code;period;value;source\n33.13;local;IND-1;2025;1.234,5;BPS\n", "KRS126 2:24")]
    [InlineData("region;framework;code;period;value;source\n33.13;local;IND-1;2025;1e3;BPS\n", "KRS126 2:24")]
    [InlineData("region,framework,code,period,value,source\n33.13,local,IND-1,2025,12,5,BPS\n", "KRS125 2:29")]
    public void A_value_not_written_in_the_files_decimal_style_is_refused_at_its_column(string file, string expected)
    {
        // Column 24 = after "33.13," (6) + "local," (6) + "IND-1," (6) + "2025," (5), plus 1. An unquoted
        // "12,5" makes seven fields; the report points at the first one past the header's six: "BPS" at 24 + "12,5,".Length (5) = 29.
        Assert.Equal([expected], Check(file).Select(Where));
    }

    [Fact]
    public void Every_wrong_field_is_reported_at_its_line_and_column_in_both_languages()
    {
        const string File = "region,framework,code,period,value,source\n"
            + "33.1,local,IND-1,2025,1,BPS\n"        // region: column 1
            + "33.13,smart,IND-1,2025,1,BPS\n"       // framework: column 7
            + "33.13,local,IND 1,2025,1,BPS\n"       // local code form: column 13
            + "33.13,local,IND-1,2025-Q5,1,BPS\n"    // period: column 19
            + "33.13,local,IND-1,2025,1,\n"          // empty source: 6 + 6 + 6 + 5 + 2 + 1 = column 26
            + "33.13,local,IND-1,2025,1,\"BPS\n";    // open quote at column 26

        var problems = Check(File);

        Assert.Equal(["KRS010 2:1", "KRS005 3:7", "KRS011 4:13", "KRS122 5:19", "KRS007 6:26", "KRS128 7:26"], problems.Select(Where));
        Assert.Equal(["region", "framework", "code", "period", "source", ""], problems.Select(p => p.Path));
        var period = problems[3];
        Assert.StartsWith("o.csv:5:19: error KRS122: Periode pengamatan '2025-Q5' tidak sah — tulis tahun", period.Format(Language.Indonesian), StringComparison.Ordinal);
        Assert.StartsWith("o.csv:5:19: error KRS122: Observation period '2025-Q5' is not valid — write a year", period.Format(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_with_an_unknown_a_repeated_and_a_missing_column_is_refused()
    {
        var problems = Check("region,framework,code,code,value,colour\n33.13,local,IND-1,IND-1,1,x\n");

        // "region,framework,code," is 22 characters: the second code starts at column 23; "code,value," 11 more: colour at 34.
        Assert.Equal(["KRS006 1:23", "KRS003 1:34", "KRS004 1:1", "KRS004 1:1"], problems.Select(Where));
        Assert.Equal(["code", "colour", "period", "source"], problems.Select(p => p.Path));
    }

    [Fact]
    public void An_empty_file_lacks_its_header()
    {
        Assert.Equal(["KRS004 1:1"], Check(string.Empty).Select(Where));
    }

    [Fact]
    public void Rows_stop_at_the_first_wrong_line_and_the_whole_file_is_refused_at_the_end()
    {
        const string File = "region,framework,code,period,value,source\n33.13,local,A,2025,1,BPS\n33.13,local,B,2025,x,BPS\n33.13,local,C,2025,3,BPS\n";
        var handed = new List<string>();

        var refused = Assert.Throws<DomainException>(() =>
        {
            foreach (var row in ObservationsCsv.Read(new StringReader(File), "o.csv"))
            {
                handed.Add(row.Code);
            }
        });

        Assert.Equal(["A"], handed);
        // "33.13," (6) + "local," (6) + "B," (2) + "2025," (5) = 19 characters before the value: column 20.
        Assert.Equal(["KRS126 3:20"], refused.Problems.Select(Where));
    }

    [Fact]
    public void Errors_beyond_the_first_hundred_are_counted_not_listed()
    {
        const int Wrong = 150;
        var file = "region,framework,code,period,value,source\n" + string.Concat(Enumerable.Repeat("33.13,local,A,2025,x,BPS\n", Wrong));

        var problems = Check(file);

        Assert.Equal(ObservationsCsv.MaxListedErrors + 1, problems.Count);
        Assert.Equal(Enumerable.Range(2, ObservationsCsv.MaxListedErrors), problems.Take(ObservationsCsv.MaxListedErrors).Select(p => p.Location!.Line));
        var more = problems[^1];
        Assert.Equal("KRS127", more.Code);
        Assert.Contains($"{Wrong - ObservationsCsv.MaxListedErrors} more errors after the {ObservationsCsv.MaxListedErrors} shown", more.Message.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_streams_a_line_at_a_time()
    {
        using var lines = new CountingLines(10_000_000);

        var first = ObservationsCsv.Read(lines, "o.csv").Take(3).ToList();

        Assert.Equal([2L, 3L, 4L], first.Select(r => r.Line));
        Assert.Equal(4, lines.Given);
    }

    [Fact]
    public void A_missing_file_is_KRS008_at_its_start()
    {
        var path = Path.Combine(Path.GetTempPath(), $"karsa-missing-{Guid.NewGuid():N}.csv");

        var refused = Assert.Throws<DomainException>(() => ObservationsCsv.ReadFile(path).ToList());

        Assert.Equal(new SourceLocation(path, 1, 1), Assert.Single(refused.Problems).Location);
        Assert.Equal("KRS008", refused.Problems[0].Code);
    }

    /// <summary>A header, then <paramref name="count"/> generated lines, made as they are read; counts the lines given out.</summary>
    private sealed class CountingLines(int count) : TextReader
    {
        public int Given { get; private set; }

        public override string? ReadLine()
        {
            if (Given > count)
            {
                return null;
            }

            Given++;
            return Given == 1 ? "region,framework,code,period,value,source" : $"33.13,local,IND-{Given},2025,1,BPS";
        }
    }
}
