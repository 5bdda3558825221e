using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Roadmaps;

/// <summary>How <see cref="RoadmapPlanner"/> plans.</summary>
public sealed record PlannerOptions
{
    /// <summary>Optimal (CP-SAT, default) or Greedy (the spreadsheet method).</summary>
    public PlanningStrategy Strategy { get; init; } = PlanningStrategy.Optimal;

    /// <summary>
    /// The one time limit of a whole planning call: the roadmap's solve and the requested what-ifs
    /// (default 10 s). The solve gets a share of it and the what-ifs what is left (see
    /// docs/architecture.md, Planning); without what-ifs the solve gets all of it.
    /// </summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The solver's seed, workers, search mode, deterministic limit and progress sink. Its
    /// <see cref="SolverSettings.TimeLimit"/> is not used: the planner gives the solve its share of <see cref="TimeLimit"/>.
    /// </summary>
    public SolverSettings Solver { get; init; } = new();

    /// <summary>One quick win per dimension (default), per given dimension, or N in all.</summary>
    public QuickWinPolicy QuickWins { get; init; } = QuickWinPolicy.PerDimension;

    /// <summary>Explain every programme left out or started late (default true).</summary>
    public bool Explain { get; init; } = true;

    /// <summary>
    /// Which programmes get a "what it would take" re-solve (each a short re-solve within
    /// <see cref="TimeLimit"/>): none by default, all, or given programmes.
    /// </summary>
    public WhatIfSelection WhatIfs { get; init; } = WhatIfSelection.None;

    /// <summary>At most this many "what it would take" re-solves per roadmap, best-scored first (default 60).</summary>
    public int MaxWhatIfs { get; init; } = 60;

    /// <summary>Receives a report as each "what it would take" re-solve starts (they can take a while).</summary>
    public IProgress<WhatIfProgress>? WhatIfProgress { get; init; }
}
