using System.Diagnostics;
using Google.OrTools.Sat;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// Solves a <see cref="PlanningProblem"/> with CP-SAT. This is the one optimizer code path:
/// masterplans, scenarios, explanations and the knapsack benchmark all come through here.
/// </summary>
/// <remarks>
/// Steps (<see cref="SearchPhases"/>): (1) the LP relaxation of the formulation (Glop), tightened by
/// a few rounds of knapsack cover cuts on the budget rows (<see cref="KnapsackCovers"/>, also given to
/// CP-SAT as constraints), whose duals give a valid upper bound reported alongside CP-SAT's own
/// (CP-SAT's LP, built lazily, often reports a weaker bound within seconds); (2) a core phase: CP-SAT
/// on the problem with every column far from the LP optimum fixed (<see cref="CorePhase"/>), from the
/// greedy schedule (or the given hint), with growing cores, up to <see cref="CoreEnd"/> of the
/// budget; (3) CP-SAT on the whole problem up to <see cref="WholeEnd"/>, which proves small plans
/// optimal; (4) large-neighbourhood search guided by the LP (<see cref="NeighbourhoodSearch"/>) for
/// the rest, unless the problem was proven optimal.
/// </remarks>
public static class CpSatSolver
{
    /// <summary>Share of the budget at which the core phase ends.</summary>
    private const double CoreEnd = 0.2;

    /// <summary>Share of the budget at which the whole-problem CP-SAT run ends (it proves small problems optimal).</summary>
    private const double WholeEnd = 0.25;

    /// <summary>Share of the time limit (at most <see cref="MaxCutSeconds"/>) for cover-cut rounds on the LP (not in deterministic runs).</summary>
    private const double CutShare = 0.1;

    private const double MaxCutSeconds = 1.0;

    /// <summary>Cover-cut rounds per deterministic second of budget in deterministic runs (20 from 5 s on).</summary>
    private const double CutRoundsPerDeterministicSecond = 4;

    /// <summary>
    /// Solves <paramref name="problem"/>; quick-win rows are added when <paramref name="requireQuickWins"/>.
    /// Within about a second of <paramref name="cancellationToken"/> being cancelled, the search stops
    /// and <see cref="OperationCanceledException"/> is thrown, with no search thread left running.
    /// </summary>
    public static SolveResult Solve(PlanningProblem problem, SolverSettings settings, bool requireQuickWins = true, Schedule? hint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var form = new LinearForm(problem, requireQuickWins);
        if (form.TriviallyInfeasible)
        {
            return new SolveResult(SolveStatus.Infeasible, null, 0, 0, clock.Elapsed);
        }

        // Deterministic runs stop cut rounds on the round count only, so the same input gets the same cuts;
        // short runs (what-ifs) get fewer rounds, so the cuts do not eat their time.
        var cutSeconds = settings.Deterministic ? double.PositiveInfinity : Math.Min(MaxCutSeconds, CutShare * settings.TimeLimit.TotalSeconds);
        var rounds = settings.Deterministic
            ? Math.Clamp((int)Math.Ceiling(CutRoundsPerDeterministicSecond * settings.DeterministicSeconds), 1, LinearRelaxation.MaxRounds)
            : LinearRelaxation.MaxRounds;
        var lp = LinearRelaxation.Solve(form, cutSeconds, rounds, cancellationToken);
        var start = hint ?? GreedyScheduler.Schedule(problem);
        cancellationToken.ThrowIfCancellationRequested();
        var phases = new SearchPhases(problem, form, settings, clock, lp, start, cancellationToken);
        phases.Offer(start);
        if (lp.Solved)
        {
            phases.RunCores(CoreEnd);
        }

        phases.RunWhole(WholeEnd);
        phases.RunNeighbourhoods(1.0);
        if (phases.Best is not { } best)
        {
            return new SolveResult(phases.Infeasible ? SolveStatus.Infeasible : SolveStatus.Unknown, null, 0, 0, clock.Elapsed);
        }

        var bound = Math.Max(phases.BestValue, Math.Min(lp.Bound, phases.CpSatBound));
        var proven = phases.Proven || phases.BestValue >= bound;

        // Improvements were reported as found; a proof or a tighter bound at the end is news too.
        phases.Report(phases.BestValue, proven ? phases.BestValue : bound);
        return new SolveResult(proven ? SolveStatus.Optimal : SolveStatus.Feasible, best, phases.BestValue, proven ? phases.BestValue : bound, clock.Elapsed);
    }

    /// <summary>
    /// The LP relaxation bound of <paramref name="problem"/> (Glop on the same formulation CP-SAT
    /// gets, made rigorous through its duals and rounded down to whole scaled units); positive
    /// infinity when the LP is infeasible. For diagnostics. With <paramref name="cutSeconds"/> &gt; 0,
    /// knapsack cover cuts tighten it for up to that long, as in <see cref="Solve"/>.
    /// </summary>
    public static double RelaxationBound(PlanningProblem problem, bool requireQuickWins = true, double cutSeconds = 0)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var lp = LinearRelaxation.Solve(new LinearForm(problem, requireQuickWins), cutSeconds);
        return lp.Solved ? lp.Bound : double.PositiveInfinity;
    }
}
