using System.Globalization;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Indicators;

/// <summary>
/// Writes observations in the form <see cref="ObservationsCsv"/> reads: comma-separated, a point as
/// decimal mark and no trailing zeros, periods as written in files, texts quoted when they hold a
/// comma or a quote; a line break in a text becomes a space (the reader refuses fields spanning lines).
/// </summary>
public static class ObservationsCsvWriter
{
    /// <summary>The header line, with the optional evidence column.</summary>
    public const string Header = "region,framework,code,period,value,source,evidence";

    /// <summary>A decimal without trailing zeros or thousands separators (50, 53.5, -0.25).</summary>
    private const string PlainNumber = "0.############################";

    /// <summary>Writes the header line.</summary>
    public static void WriteHeader(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Header);
        output.Write('\n');
    }

    /// <summary>Writes one observation as a line.</summary>
    public static void WriteLine(TextWriter output, RegionCode region, IndicatorFramework framework, string code, ObservationPeriod period, decimal value,
        string source, string? evidenceId)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(period);
        output.Write(string.Join(',', region.Value, FrameworkNames.Key(framework), Field(code), period.ToString(),
            value.ToString(PlainNumber, CultureInfo.InvariantCulture), Field(source), Field(evidenceId ?? string.Empty)));
        output.Write('\n');
    }

    private static string Field(string text)
    {
        var oneLine = text.Replace('\r', ' ').Replace('\n', ' ');
        return oneLine.AsSpan().IndexOfAny(",\"") >= 0 ? $"\"{oneLine.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : oneLine;
    }
}
