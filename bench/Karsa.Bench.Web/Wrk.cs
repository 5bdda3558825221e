using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Karsa.Bench.Web;

/// <summary>One wrk run's figures.</summary>
/// <param name="Requests">Requests per second.</param>
/// <param name="P50">Median latency, ms.</param>
/// <param name="P95">95th percentile latency, ms.</param>
/// <param name="P99">99th percentile latency, ms.</param>
/// <param name="Errors">Non-2xx answers and socket errors.</param>
/// <param name="Count">How many requests were answered.</param>
/// <param name="Command">The command that was run.</param>
/// <param name="ErrorKinds">The errors by kind (non-2xx status, connect, read, write, timeout), as wrk counts them.</param>
internal sealed record WrkResult(double Requests, double P50, double P95, double P99, long Errors, long Count, string Command, string ErrorKinds);

/// <summary>A header every request of a page kind carries (the sign-in cookie, or an API token).</summary>
/// <param name="Name">The header's name.</param>
/// <param name="Value">Its value.</param>
internal sealed record RequestHeader(string Name, string Value);

/// <summary>Drives <c>wrk</c> (Debian's package, /usr/bin/wrk) with a Lua script that cycles through paths and prints the percentiles.</summary>
internal static partial class Wrk
{
    /// <summary>Runs wrk with <paramref name="connections"/> connections for <paramref name="seconds"/> over <paramref name="paths"/>.</summary>
    public static async Task<WrkResult> RunAsync(Uri address, IReadOnlyList<string> paths, RequestHeader? header, int connections, int threads, int seconds, string scriptPath)
    {
        var list = string.Join(", ", paths.Select(p => $"\"{p}\""));
        var headerLine = header is null ? string.Empty : $"wrk.headers[\"{header.Name}\"] = \"{header.Value}\"\n";
        await File.WriteAllTextAsync(scriptPath, $$"""
            {{headerLine}}local paths = { {{list}} }
            local i = 0
            request = function()
              i = i + 1
              return wrk.format("GET", paths[(i % #paths) + 1])
            end
            done = function(summary, latency, requests)
              local e = summary.errors
              io.write(string.format("KARSA n=%d p50=%.3f p95=%.3f p99=%.3f errors=%d kinds=status:%d,connect:%d,read:%d,write:%d,timeout:%d\n", summary.requests,
                latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, e.status + e.connect + e.read + e.write + e.timeout,
                e.status, e.connect, e.read, e.write, e.timeout))
            end
            """);
        var arguments = new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", scriptPath, address.ToString().TrimEnd('/') };
        var start = new ProcessStartInfo("/usr/bin/wrk", arguments) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var figures = Figures().Match(output);
        var rate = Rate().Match(output);
        if (!figures.Success || !rate.Success)
        {
            throw new InvalidOperationException("wrk output not understood:\n" + output);
        }

        double D(Group g) => double.Parse(g.Value, CultureInfo.InvariantCulture);
        return new WrkResult(D(rate.Groups[1]), D(figures.Groups[2]), D(figures.Groups[3]), D(figures.Groups[4]), long.Parse(figures.Groups[5].Value, CultureInfo.InvariantCulture),
            long.Parse(figures.Groups[1].Value, CultureInfo.InvariantCulture), "wrk " + string.Join(' ', arguments), figures.Groups[6].Value);
    }

    [GeneratedRegex(@"KARSA n=(\d+) p50=([\d.]+) p95=([\d.]+) p99=([\d.]+) errors=(\d+) kinds=(\S+)")]
    private static partial Regex Figures();

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();
}
