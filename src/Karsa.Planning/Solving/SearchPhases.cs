using System.Diagnostics;
using Google.OrTools.Sat;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// The phases of one <see cref="CpSatSolver"/> run and the best schedule they found. Each phase ends
/// at a share of the run's budget: of the wall clock normally, of the deterministic budget in
/// deterministic mode (where the wall clock only stops the whole run, as a safety net, so the same
/// input and seed run the same phases). Every phase stops, and throws
/// <see cref="OperationCanceledException"/>, when the token is cancelled.
/// </summary>
internal sealed class SearchPhases(PlanningProblem problem, LinearForm form, SolverSettings settings, Stopwatch clock, LinearRelaxation lp, Schedule start, CancellationToken cancellationToken)
{
    /// <summary>The first core leaves this share of the columns free (at least <see cref="MinCore"/>); each next core doubles it.</summary>
    private const double FirstCoreShare = 0.15;

    private const int MinCore = 10;

    private readonly double _seconds = Math.Max(0.01, settings.TimeLimit.TotalSeconds);
    private readonly double _deterministic = settings.DeterministicSeconds;
    private double _deterministicUsed;

    public Schedule? Best { get; private set; }

    public long BestValue { get; private set; } = long.MinValue;

    /// <summary>True when a phase proved <see cref="Best"/> optimal.</summary>
    public bool Proven { get; private set; }

    /// <summary>The best bound a whole-problem CP-SAT run proved (<see cref="long.MaxValue"/> when none ran to a solution).</summary>
    public long CpSatBound { get; private set; } = long.MaxValue;

    /// <summary>True when a whole-problem run proved the problem infeasible.</summary>
    public bool Infeasible { get; private set; }

    /// <summary>Keeps <paramref name="schedule"/> when it is feasible and better, and reports it.</summary>
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

    /// <summary>
    /// CP-SAT on growing cores of the LP (<see cref="CorePhase"/>): every column far from the LP
    /// optimum fixed, the core doubling while each is solved to optimality, up to <paramref name="share"/> of the budget.
    /// </summary>
    public void RunCores(double share)
    {
        var columns = form.Columns.Count;
        for (var size = Math.Max(MinCore, (int)(FirstCoreShare * columns)); size < columns && HasTime(share); size *= 2)
        {
            var fixings = new bool?[columns];
            foreach (var (column, value) in CorePhase.Fixings(lp, size))
            {
                fixings[column] = value;
            }

            var outcome = Run(new RoadmapModel(form, lp.Cuts, fixings), share, lp.Bound);
            if (outcome.Status is not (CpSolverStatus.Optimal or CpSolverStatus.Infeasible))
            {
                break;
            }
        }
    }

    /// <summary>CP-SAT on the whole problem up to <paramref name="share"/> of the budget; may prove optimality or infeasibility.</summary>
    public void RunWhole(double share)
    {
        if (!HasTime(share) && Best is not null)
        {
            return;
        }

        var outcome = Run(new RoadmapModel(form, lp.Cuts), share, null);
        Proven |= outcome.Status == CpSolverStatus.Optimal;
        Infeasible |= outcome.Status == CpSolverStatus.Infeasible;
        if (outcome.Schedule is not null)
        {
            CpSatBound = Math.Min(CpSatBound, outcome.Bound);
        }
    }

    /// <summary>Large-neighbourhood search (<see cref="NeighbourhoodSearch"/>) up to <paramref name="share"/> of the budget.</summary>
    public void RunNeighbourhoods(double share)
    {
        if (Proven || Infeasible || Best is null || !HasTime(share))
        {
            return;
        }

        var search = new NeighbourhoodSearch(problem, form, lp.Cuts, new Neighbourhoods(problem, form, lp.Solved ? lp.Primal : null), settings);
        search.Improve(Best, () => WallLeft(share), DeterministicLeft(share), schedule =>
        {
            Offer(schedule);
            Report(BestValue, lp.Bound);
        }, cancellationToken);
        _deterministicUsed += search.DeterministicUsed;
        Proven |= search.ProvenOptimal;
    }

    private bool HasTime(double share) => WallLeft(share) > 0.02 * _seconds && DeterministicLeft(share) > 0.02 * _deterministic;

    private double WallLeft(double share) => ((settings.Deterministic ? 1 : share) * _seconds) - clock.Elapsed.TotalSeconds;

    private double DeterministicLeft(double share) => settings.Deterministic ? (share * _deterministic) - _deterministicUsed : double.PositiveInfinity;

    private CpSatPhase.Outcome Run(RoadmapModel model, double share, long? reportedBound)
    {
        model.Hint(Best ?? start);
        Action<double, double>? report = settings.Progress is null ? null : (value, bound) => Report(value, reportedBound ?? (long)Math.Round(bound));
        var outcome = CpSatPhase.Run(model, settings, Math.Max(0.01, WallLeft(share)), Math.Max(0.01, DeterministicLeft(share)), report, cancellationToken);
        _deterministicUsed += outcome.DeterministicTime;
        Offer(outcome.Schedule);
        return outcome;
    }

    /// <summary>Reports <paramref name="value"/> and <paramref name="bound"/> (scaled units; the LP bound caps it) to the progress sink.</summary>
    public void Report(double value, long bound)
    {
        var scale = problem.ValueScale;
        settings.Progress?.Report(new SolverProgress(value / scale, Math.Min(bound, lp.Bound) / (double)scale, clock.Elapsed));
    }
}
