using System.Diagnostics;
using System.Globalization;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Roadmaps;

namespace Karsa.Bench;

/// <summary>
/// Measures cancellation latency: plans a generated plan with a long limit, cancels it after a delay
/// (during the solve, or during the what-ifs), and reports how long the planner took to throw after
/// <see cref="CancellationTokenSource.Cancel()"/>.
/// </summary>
internal static class CancelRun
{
    public static int Run(BenchArguments arguments)
    {
        var programmes = (int)arguments.Number("programmes", 1000);
        var delays = arguments.Numbers("after", [1, 2, 5, 10]);
        var limit = TimeSpan.FromSeconds(arguments.Number("seconds", 600));
        Console.WriteLine($"# cancel: {programmes} generated programmes, limit {limit.TotalSeconds} s, {Environment.ProcessorCount} cores");
        Console.WriteLine("phase,cancel_after_s,latency_ms");
        var plan = SyntheticPlans.Generate(programmes, 1);
        var latencies = new List<double>();
        foreach (var delay in delays)
        {
            latencies.Add(Measure("solve", delay, plan, new PlannerOptions { TimeLimit = limit, Solver = arguments.Solver(limit.TotalSeconds, !arguments.Flag("portfolio"), 1) }, afterFirstWhatIf: false));
        }

        // What-ifs: the solve stops at one deterministic second, then the what-ifs run long; cancel within the first.
        var small = SyntheticPlans.Generate(Math.Min(programmes, 150), 2);
        var whatIfOptions = new PlannerOptions
        {
            TimeLimit = limit,
            Solver = arguments.Solver(limit.TotalSeconds, true, 2) with { DeterministicTimeLimit = TimeSpan.FromSeconds(1) },
            WhatIfs = WhatIfSelection.All,
        };
        latencies.Add(Measure("what-if", 0.5, small, whatIfOptions, afterFirstWhatIf: true));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# worst latency {latencies.Max():0} ms, mean {latencies.Average():0} ms"));
        return 0;
    }

    /// <summary>Plans, cancels <paramref name="delay"/> seconds after the start (or after the first what-if starts) and returns the latency in ms.</summary>
    private static double Measure(string phase, double delay, Karsa.Domain.Plans.Masterplan plan, PlannerOptions options, bool afterFirstWhatIf)
    {
        using var cancel = new CancellationTokenSource();
        var cancelledAt = new Stopwatch();
        void CancelLater() => Task.Delay(TimeSpan.FromSeconds(delay)).ContinueWith(_ =>
        {
            cancelledAt.Start();
            cancel.Cancel();
        }, TaskScheduler.Default);

        var started = 0;
        if (afterFirstWhatIf)
        {
            options = options with
            {
                WhatIfProgress = new Immediate(() =>
                {
                    if (Interlocked.Exchange(ref started, 1) == 0)
                    {
                        CancelLater();
                    }
                }),
            };
        }
        else
        {
            CancelLater();
        }

        try
        {
            new RoadmapPlanner(options).Plan(plan, cancellationToken: cancel.Token);
            Console.WriteLine($"{phase},{delay.ToString(CultureInfo.InvariantCulture)},finished before the cancellation");
            return 0;
        }
        catch (OperationCanceledException)
        {
            var latency = cancelledAt.Elapsed.TotalMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{phase},{delay},{latency:0}"));
            return latency;
        }
    }

    private sealed class Immediate(Action report) : IProgress<WhatIfProgress>
    {
        public void Report(WhatIfProgress value) => report();
    }
}
