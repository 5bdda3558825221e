namespace Karsa.Planning.Solving;

/// <summary>A better roadmap found during the search: its value, the best bound so far, time spent.</summary>
/// <param name="Objective">The incumbent's value, in plan units.</param>
/// <param name="Bound">The best proven upper bound, in plan units.</param>
/// <param name="Elapsed">Time since the search started.</param>
public sealed record SolverProgress(double Objective, double Bound, TimeSpan Elapsed)
{
    /// <summary>Relative gap between incumbent and bound, 0 when proven optimal.</summary>
    public double Gap => Bound <= 0 ? 0 : Math.Max(0, (Bound - Objective) / Bound);
}
