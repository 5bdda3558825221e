using System.Diagnostics;
using System.Globalization;
using Google.OrTools.Sat;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// Solves a <see cref="PlanningProblem"/> with CP-SAT, starting from the greedy schedule as a hint.
/// This is the one optimizer code path: masterplans, scenarios, explanations and the knapsack
/// benchmark all come through here.
/// </summary>
public static class CpSatSolver
{
    /// <summary>Solves <paramref name="problem"/>; quick-win rows are added when <paramref name="requireQuickWins"/>.</summary>
    public static SolveResult Solve(PlanningProblem problem, SolverSettings settings, bool requireQuickWins = true, Schedule? hint = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var model = new RoadmapModel(problem, requireQuickWins);
        if (model.TriviallyInfeasible)
        {
            return new SolveResult(SolveStatus.Infeasible, null, 0, 0, clock.Elapsed);
        }

        model.Hint(hint ?? GreedyScheduler.Schedule(problem));
        using var solver = new CpSolver { StringParameters = Parameters(settings) };
        var callback = new ProgressCallback(problem.ValueScale, settings.Progress);
        var status = solver.Solve(model.Model, callback);
        var result = status switch
        {
            CpSolverStatus.Optimal => SolveStatus.Optimal,
            CpSolverStatus.Feasible => SolveStatus.Feasible,
            CpSolverStatus.Infeasible => SolveStatus.Infeasible,
            _ => SolveStatus.Unknown,
        };
        if (result is SolveStatus.Infeasible or SolveStatus.Unknown)
        {
            return new SolveResult(result, null, 0, 0, clock.Elapsed);
        }

        var schedule = model.Read(x => solver.BooleanValue(x));
        return new SolveResult(result, schedule, (long)Math.Round(solver.ObjectiveValue), (long)Math.Round(solver.BestObjectiveBound), clock.Elapsed);
    }

    private static string Parameters(SolverSettings settings)
    {
        var seconds = Math.Max(0.01, settings.TimeLimit.TotalSeconds).ToString("0.###", CultureInfo.InvariantCulture);
        var workers = Math.Max(1, settings.Workers);
        var text = $"max_time_in_seconds:{seconds} num_workers:{workers} random_seed:{settings.Seed}";
        if (settings.Deterministic)
        {
            // Stop on deterministic time first (half the wall limit leaves room for a loaded machine),
            // so the same input and seed stop at the same point of the search.
            var deterministic = Math.Max(0.01, settings.DeterministicTimeLimit?.TotalSeconds ?? settings.TimeLimit.TotalSeconds / 2).ToString("0.###", CultureInfo.InvariantCulture);
            text += $" interleave_search:true max_deterministic_time:{deterministic}";
        }

        return string.IsNullOrWhiteSpace(settings.ExtraParameters) ? text : text + " " + settings.ExtraParameters;
    }

    private sealed class ProgressCallback(long scale, IProgress<SolverProgress>? progress) : CpSolverSolutionCallback
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public override void OnSolutionCallback() =>
            progress?.Report(new SolverProgress(ObjectiveValue() / scale, BestObjectiveBound() / scale, _clock.Elapsed));
    }
}
