using System.Diagnostics;
using System.Globalization;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Solving;

namespace Karsa.Bench;

/// <summary>Solves an OR-Library knapsack file and reports the gap to the best-known values.</summary>
internal static class MkpRun
{
    public static int Run(BenchArguments arguments)
    {
        var path = arguments.Positional(1) ?? throw new ArgumentException("mkp needs a FILE");
        var instances = MkpReader.ReadFile(path);
        var bestKnown = BestKnown(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "best-known.csv"), Path.GetFileName(path));
        var settings = arguments.Solver(arguments.Number("seconds", 10), arguments.Flag("deterministic"));
        var count = (int)Math.Min(instances.Count, arguments.Number("instances", instances.Count));
        Console.WriteLine($"# {Path.GetFileName(path)}: {count} instances, {settings.TimeLimit.TotalSeconds} s each, {settings.Workers} workers, deterministic={settings.Deterministic}, {Environment.ProcessorCount} cores");
        Console.WriteLine("instance,value,bound,seconds,best_known,gap_percent");
        var gaps = new List<(int Instance, double Gap)>();
        var clock = Stopwatch.StartNew();
        for (var k = 0; k < count; k++)
        {
            var row = MkpBenchmark.Solve(instances[k], k, settings);
            var best = bestKnown.GetValueOrDefault(k);
            var gap = best > 0 ? 100.0 * (best - row.Value) / best : double.NaN;
            gaps.Add((k, gap));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.ToCsv()},{best},{gap:0.000}"));
        }

        var worst = gaps.MaxBy(g => g.Gap);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# mean gap {gaps.Average(g => g.Gap):0.000}%, worst {worst.Gap:0.000}% (instance {worst.Instance}), total {clock.Elapsed.TotalSeconds:0} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB"));
        return 0;
    }

    private static Dictionary<int, long> BestKnown(string csv, string file) =>
        File.Exists(csv)
            ? File.ReadLines(csv).Skip(1).Select(l => l.Split(','))
                .Where(f => f.Length >= 6 && f[0] == file)
                .ToDictionary(f => int.Parse(f[1], CultureInfo.InvariantCulture), f => long.Parse(f[5], CultureInfo.InvariantCulture))
            : [];
}
