using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Roadmaps;

/// <summary>How <see cref="RoadmapPlanner"/> plans.</summary>
public sealed record PlannerOptions
{
    /// <summary>Optimal (CP-SAT, default) or Greedy (the spreadsheet method).</summary>
    public PlanningStrategy Strategy { get; init; } = PlanningStrategy.Optimal;

    /// <summary>The solver's time limit, seed, workers and progress sink.</summary>
    public SolverSettings Solver { get; init; } = new();

    /// <summary>One quick win per dimension (default) or N in all.</summary>
    public QuickWinPolicy QuickWins { get; init; } = QuickWinPolicy.PerDimension;

    /// <summary>Explain every programme left out or started late (default true).</summary>
    public bool Explain { get; init; } = true;

    /// <summary>
    /// Work out "what it would take" to bring each such programme in (one short re-solve each; default
    /// true). Turn off for big benchmark plans.
    /// </summary>
    public bool WhatIf { get; init; } = true;

    /// <summary>Time limit of one "what it would take" re-solve (default 1 s).</summary>
    public TimeSpan WhatIfTimeLimit { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>At most this many "what it would take" re-solves per roadmap, best-scored first (default 60).</summary>
    public int MaxWhatIfs { get; init; } = 60;

    /// <summary>Receives a report as each "what it would take" re-solve starts (they can take a while).</summary>
    public IProgress<WhatIfProgress>? WhatIfProgress { get; init; }
}
