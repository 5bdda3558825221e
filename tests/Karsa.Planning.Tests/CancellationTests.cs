using System.Collections.Concurrent;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Scenarios;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

/// <summary>
/// Cancelling a planning call stops its searches and throws <see cref="OperationCanceledException"/>.
/// The watchdog only turns a hang into a failure; no test asserts how fast it stops.
/// </summary>
public class CancellationTests
{
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(1000, 2)] // within the LP relaxation or the core phase of a 600 s solve
    [InlineData(150, 12)] // within the whole-problem or neighbourhood phases
    public async Task A_long_solve_stops_when_cancelled_and_reports_nothing_after(int programmes, int cancelAfterSeconds)
    {
        var plan = SyntheticPlans.Generate(programmes, 1);
        var reports = new ConcurrentQueue<SolverProgress>();
        var options = new PlannerOptions
        {
            TimeLimit = TimeSpan.FromSeconds(600),
            Solver = new SolverSettings { Workers = 2, Seed = 1, Progress = new Recorder<SolverProgress>(reports.Enqueue) },
        };
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(cancelAfterSeconds));

        var planning = Task.Run(() => new RoadmapPlanner(options).Plan(plan, cancellationToken: cancel.Token), CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WithinWatchdog(planning));
        var reported = reports.Count;
        await Task.Delay(TimeSpan.FromSeconds(1), CancellationToken.None);
        Assert.Equal(reported, reports.Count);
    }

    [Fact]
    public async Task What_it_would_take_re_solves_stop_when_cancelled()
    {
        // The solve stops at one deterministic second; the what-ifs then share the rest of 600 s, so they run long.
        var plan = SyntheticPlans.Generate(60, 2);
        using var cancel = new CancellationTokenSource();
        var started = new ConcurrentQueue<WhatIfProgress>();
        var options = new PlannerOptions
        {
            TimeLimit = TimeSpan.FromSeconds(600),
            Solver = new SolverSettings { Workers = 2, Seed = 2, DeterministicTimeLimit = TimeSpan.FromSeconds(1) },
            WhatIfs = WhatIfSelection.All,
            WhatIfProgress = new Recorder<WhatIfProgress>(p =>
            {
                started.Enqueue(p);
                cancel.CancelAfter(TimeSpan.FromMilliseconds(500));
            }),
        };

        var planning = Task.Run(() => new RoadmapPlanner(options).Plan(plan, cancellationToken: cancel.Token), CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WithinWatchdog(planning));
        Assert.NotEmpty(started);
        Assert.True(started.Count < started.First().Total, $"all {started.Count} what-ifs ran although cancelled");
    }

    [Fact]
    public async Task A_scenario_run_stops_when_cancelled()
    {
        var plan = SyntheticPlans.Generate(300, 3);
        var scenario = new Karsa.Domain.Plans.Scenario("none", new Karsa.Domain.Primitives.LocalizedText("tanpa perubahan", "no change"));
        var planner = new RoadmapPlanner(new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(600), Solver = new SolverSettings { Workers = 2 } });
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        var running = Task.Run(() => ScenarioRunner.Run(plan, scenario, planner, cancellationToken: cancel.Token), CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WithinWatchdog(running));
    }

    [Fact]
    public void A_call_already_cancelled_plans_nothing()
    {
        var plan = TestPlans.Plan([TestPlans.Programme("P-01", 5, [2])], [3]);

        Assert.ThrowsAny<OperationCanceledException>(() => new RoadmapPlanner(TestPlans.Options()).Plan(plan, cancellationToken: new CancellationToken(canceled: true)));
    }

    /// <summary>The task's result, or a failure (not an <see cref="OperationCanceledException"/>) when it has not ended within the watchdog.</summary>
    private static async Task<T> WithinWatchdog<T>(Task<T> task)
    {
        var ended = await Task.WhenAny(task, Task.Delay(Watchdog, CancellationToken.None));
        Assert.True(ended == task, $"still running after {Watchdog.TotalSeconds} s");
        return await task;
    }
}
