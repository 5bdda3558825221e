using System.Diagnostics;

namespace Karsa.Planning.Roadmaps;

/// <summary>
/// The one time limit of a planning call (<see cref="PlannerOptions.TimeLimit"/>) and how it is
/// split: the roadmap's own solve may use <see cref="SolveShare"/> of it; the requested what-ifs share
/// whatever is left after the solve, evenly, each taking the time left divided by the what-ifs still to
/// run (so a solve or a what-if that ends early, e.g. proven optimal, leaves its time to the next).
/// </summary>
internal sealed class PlanningClock(TimeSpan limit)
{
    /// <summary>The solve's share when every what-if is requested; also the least share it ever gets.</summary>
    private const double SolveShareWithAllWhatIfs = 0.5;

    /// <summary>The share each requested programme's what-if takes from the solve's (up to <see cref="SolveShareWithAllWhatIfs"/>).</summary>
    private const double SharePerWhatIf = 0.1;

    private readonly Stopwatch _watch = Stopwatch.StartNew();

    /// <summary>The whole call's limit.</summary>
    public TimeSpan Limit { get; } = limit;

    /// <summary>Time left of the limit (never negative).</summary>
    public TimeSpan Left => Limit > _watch.Elapsed ? Limit - _watch.Elapsed : TimeSpan.Zero;

    /// <summary>
    /// The share of the limit the solve may use: all of it without what-ifs, half with all of them,
    /// 1 - 0.1 per programme named (at least half) with what-ifs for given programmes.
    /// </summary>
    public static double SolveShare(WhatIfSelection whatIfs) => whatIfs.MostRequested switch
    {
        0 => 1,
        { } named => Math.Max(SolveShareWithAllWhatIfs, 1 - (SharePerWhatIf * named)),
        null => SolveShareWithAllWhatIfs,
    };

    /// <summary>The time one of <paramref name="remaining"/> what-ifs still to run may use now.</summary>
    public TimeSpan NextWhatIf(int remaining) => Left / Math.Max(1, remaining);
}
