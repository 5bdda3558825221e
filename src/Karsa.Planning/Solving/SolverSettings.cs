namespace Karsa.Planning.Solving;

/// <summary>How the CP-SAT search runs.</summary>
public sealed record SolverSettings
{
    /// <summary>Wall-clock limit of one solve; 10 s by default.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Random seed; the same seed and input give the same roadmap in deterministic mode.</summary>
    public int Seed { get; init; }

    /// <summary>Search threads; the processor count by default.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// When true (default) the parallel search is interleaved deterministically (CP-SAT's
    /// <c>interleave_search</c>) and also stopped by a deterministic time limit, so the same input and
    /// seed give the same roadmap unless the wall-clock limit cuts the search first (the deterministic
    /// limit is 0.8 of the wall-clock limit, in CP-SAT's deterministic seconds). When false, the
    /// full parallel portfolio runs (faster on big instances, not reproducible).
    /// </summary>
    public bool Deterministic { get; init; } = true;

    /// <summary>The deterministic limit in deterministic mode; 0.8 of <see cref="TimeLimit"/> (in deterministic seconds) when null.</summary>
    public TimeSpan? DeterministicTimeLimit { get; init; }

    /// <summary>Extra CP-SAT parameters in text format (e.g. "linearization_level:2"), for tuning.</summary>
    public string? ExtraParameters { get; init; }

    /// <summary>Receives every improving solution.</summary>
    public IProgress<SolverProgress>? Progress { get; init; }

    /// <summary>
    /// The deterministic budget, when not given, as a share of the wall-clock limit: on an idle 2-core
    /// machine the phases spend about one deterministic second per wall-clock second, so this uses most
    /// of the time and leaves a margin before the wall clock (the safety net) would cut in.
    /// </summary>
    private const double DefaultDeterministicShare = 0.8;

    /// <summary>The deterministic budget in deterministic seconds: <see cref="DeterministicTimeLimit"/>, or 0.8 of <see cref="TimeLimit"/>.</summary>
    internal double DeterministicSeconds => DeterministicTimeLimit?.TotalSeconds ?? (DefaultDeterministicShare * TimeLimit.TotalSeconds);

    /// <summary>These settings with both time limits cut to <paramref name="share"/> of theirs, for one step of a larger job.</summary>
    internal SolverSettings Share(double share) =>
        this with { TimeLimit = TimeLimit * share, DeterministicTimeLimit = TimeSpan.FromSeconds(DeterministicSeconds * share) };
}
