using System.Diagnostics;
using Google.OrTools.Sat;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// Solves a <see cref="PlanningProblem"/> with CP-SAT. This is the one optimizer code path:
/// masterplans, scenarios, explanations and the knapsack benchmark all come through here.
/// </summary>
/// <remarks>
/// Steps: (1) the LP relaxation of the formulation (Glop), tightened by a few rounds of knapsack
/// cover cuts on the budget rows (<see cref="KnapsackCovers"/>, also given to CP-SAT as constraints),
/// whose dual gives a valid upper bound
/// reported alongside CP-SAT's own (CP-SAT's LP, built lazily and with cuts, often reports a weaker
/// bound within seconds); (2) a core phase: CP-SAT on the problem with every column far
/// from the LP optimum fixed (<see cref="CorePhase"/>), from the greedy schedule (or the given hint),
/// with growing cores within <see cref="CoreShare"/> of the time; (3) CP-SAT on the whole problem
/// with the rest of the time, starting from the best schedule so far.
/// </remarks>
public static class CpSatSolver
{
    /// <summary>Share of the time limit given to the core phase.</summary>
    private const double CoreShare = 0.4;

    /// <summary>The first core leaves this share of the columns free (at least <see cref="MinCore"/>); each next core doubles it.</summary>
    private const double FirstCoreShare = 0.15;

    private const int MinCore = 10;

    /// <summary>Share of the time limit (at most <see cref="MaxCutSeconds"/>) for cover-cut rounds on the LP (not in deterministic runs).</summary>
    private const double CutShare = 0.1;

    private const double MaxCutSeconds = 1.0;

    /// <summary>Solves <paramref name="problem"/>; quick-win rows are added when <paramref name="requireQuickWins"/>.</summary>
    public static SolveResult Solve(PlanningProblem problem, SolverSettings settings, bool requireQuickWins = true, Schedule? hint = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var form = new LinearForm(problem, requireQuickWins);
        if (form.TriviallyInfeasible)
        {
            return new SolveResult(SolveStatus.Infeasible, null, 0, 0, clock.Elapsed);
        }

        // Deterministic runs stop cut rounds on the round count only, so the same input gets the same cuts.
        var cutSeconds = settings.Deterministic ? double.PositiveInfinity : Math.Min(MaxCutSeconds, CutShare * settings.TimeLimit.TotalSeconds);
        var lp = LinearRelaxation.Solve(form, cutSeconds);
        var lpBound = lp.Bound;
        var start = hint ?? GreedyScheduler.Schedule(problem);
        var search = new Search(problem, form, settings, clock, lpBound, start) { Cuts = lp.Cuts };
        search.Offer(start);
        if (lp.Solved)
        {
            search.RunCores(lp);
        }

        var full = search.RunFull();
        if (full.Status == CpSolverStatus.Infeasible && search.Best is null)
        {
            return new SolveResult(SolveStatus.Infeasible, null, 0, 0, clock.Elapsed);
        }

        if (search.Best is not { } best)
        {
            return new SolveResult(SolveStatus.Unknown, null, 0, 0, clock.Elapsed);
        }

        var bound = Math.Max(search.BestValue, Math.Min(lpBound, full.Schedule is null ? long.MaxValue : full.Bound));
        var proven = full.Status == CpSolverStatus.Optimal || search.BestValue >= bound;
        return new SolveResult(proven ? SolveStatus.Optimal : SolveStatus.Feasible, best, search.BestValue, proven ? search.BestValue : bound, clock.Elapsed);
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

    /// <summary>The phases of one solve and the best schedule they found.</summary>
    private sealed class Search(PlanningProblem problem, LinearForm form, SolverSettings settings, Stopwatch clock, long lpBound, Schedule start)
    {
        private readonly double _seconds = Math.Max(0.01, settings.TimeLimit.TotalSeconds);
        private readonly double _deterministic = settings.DeterministicTimeLimit?.TotalSeconds ?? (settings.TimeLimit.TotalSeconds / 2);
        private double _deterministicUsed;

        public Schedule? Best { get; private set; }

        /// <summary>Cover cuts of the LP, given to CP-SAT as constraints too.</summary>
        public IReadOnlyList<LinearRow> Cuts { get; init; } = [];

        public long BestValue { get; private set; } = long.MinValue;

        /// <summary>Keeps <paramref name="schedule"/> when it is feasible and better.</summary>
        public void Offer(Schedule? schedule)
        {
            if (schedule is null || ScheduleCheck.Violations(problem, schedule, form.QuickWinsRequired).Count > 0)
            {
                return;
            }

            var value = schedule.Value(problem);
            if (value > BestValue)
            {
                (Best, BestValue) = (schedule, value);
            }
        }

        public void RunCores(LinearRelaxation lp)
        {
            var columns = form.Columns.Count;
            var size = Math.Max(MinCore, (int)(FirstCoreShare * columns));
            // In deterministic mode the deterministic budget ends the core phase, so the same input
            // and seed run the same phases; the wall-clock limit stays a safety net only.
            var coreEnd = settings.Deterministic ? _seconds : CoreShare * _seconds;
            var coreDeterministic = CoreShare * _deterministic;
            while (size < columns && Remaining(coreEnd) > 0.05 * _seconds && (!settings.Deterministic || coreDeterministic - _deterministicUsed > 0.05 * _deterministic))
            {
                var model = new RoadmapModel(form, Cuts);
                foreach (var (column, value) in CorePhase.Fixings(lp, size))
                {
                    model.Fix(column, value);
                }

                var outcome = Run(model, Remaining(coreEnd), coreDeterministic - _deterministicUsed, lpBound);
                Offer(outcome.Schedule);
                if (outcome.Status != CpSolverStatus.Optimal && outcome.Status != CpSolverStatus.Infeasible)
                {
                    break;
                }

                size *= 2;
            }
        }

        public CpSatPhase.Outcome RunFull()
        {
            var outcome = Run(new RoadmapModel(form, Cuts), Math.Max(0.01, Remaining(_seconds)), Math.Max(0.01, _deterministic - _deterministicUsed), null);
            Offer(outcome.Schedule);
            return outcome;
        }

        private double Remaining(double end) => end - clock.Elapsed.TotalSeconds;

        private CpSatPhase.Outcome Run(RoadmapModel model, double seconds, double deterministic, long? reportedBound)
        {
            model.Hint(Best ?? start);

            var scale = problem.ValueScale;
            Action<double, double>? report = settings.Progress is { } progress
                ? (value, bound) => progress.Report(new SolverProgress(value / scale, Math.Min(reportedBound ?? bound, lpBound) / scale, clock.Elapsed))
                : null;
            var outcome = CpSatPhase.Run(model, settings, seconds, deterministic, report);
            _deterministicUsed += outcome.DeterministicTime;
            return outcome;
        }
    }
}
