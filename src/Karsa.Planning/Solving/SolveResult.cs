namespace Karsa.Planning.Solving;

/// <summary>How a solve ended.</summary>
public enum SolveStatus
{
    /// <summary>Best possible roadmap, proven.</summary>
    Optimal,

    /// <summary>A roadmap, not proven best within the time limit.</summary>
    Feasible,

    /// <summary>No roadmap satisfies the constraints.</summary>
    Infeasible,

    /// <summary>The time limit passed before any roadmap was found.</summary>
    Unknown,
}

/// <summary>The outcome of one solve.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Schedule">The best schedule found, when any.</param>
/// <param name="Objective">Its value in scaled units.</param>
/// <param name="Bound">The best proven upper bound, in scaled units.</param>
/// <param name="Elapsed">Wall time.</param>
public sealed record SolveResult(SolveStatus Status, Schedule? Schedule, long Objective, long Bound, TimeSpan Elapsed);
