using System.Globalization;
using Google.OrTools.Sat;

namespace Karsa.Planning.Solving;

/// <summary>One CP-SAT run on a <see cref="RoadmapModel"/> within given wall and deterministic limits.</summary>
internal static class CpSatPhase
{
    /// <summary>The outcome of one run (schedule null unless feasible or optimal).</summary>
    public sealed record Outcome(CpSolverStatus Status, Schedule? Schedule, long Objective, long Bound, double DeterministicTime);

    /// <summary>
    /// Runs CP-SAT; <paramref name="report"/> gets every improving solution's value and bound. Throws
    /// <see cref="OperationCanceledException"/> when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static Outcome Run(RoadmapModel model, SolverSettings settings, double seconds, double? deterministicSeconds, Action<double, double>? report, CancellationToken cancellationToken)
    {
        using var solver = new CpSolver { StringParameters = Parameters(settings, seconds, deterministicSeconds) };
        using var callback = report is null ? null : new Callback(report);
        var status = Stoppable.Run(() => solver.Solve(model.Model, callback), solver.StopSearch, cancellationToken);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return new Outcome(status, null, 0, 0, solver.Response?.DeterministicTime ?? 0);
        }

        return new Outcome(status, model.Read(x => solver.BooleanValue(x)), (long)Math.Round(solver.ObjectiveValue), (long)Math.Round(solver.BestObjectiveBound), solver.Response?.DeterministicTime ?? 0);
    }

    private static string Parameters(SolverSettings settings, double seconds, double? deterministicSeconds)
    {
        var text = $"max_time_in_seconds:{Number(seconds)} num_workers:{Math.Max(1, settings.Workers)} random_seed:{settings.Seed}";
        if (settings.Deterministic)
        {
            // One worker searches deterministically on its own; interleaving is for parallel portfolios.
            text += settings.Workers > 1 ? " interleave_search:true" : string.Empty;
            text += $" max_deterministic_time:{Number(deterministicSeconds ?? seconds / 2)}";
        }

        return string.IsNullOrWhiteSpace(settings.ExtraParameters) ? text : text + " " + settings.ExtraParameters;
    }

    private static string Number(double seconds) => Math.Max(0.01, seconds).ToString("0.###", CultureInfo.InvariantCulture);

    private sealed class Callback(Action<double, double> report) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback() => report(ObjectiveValue(), BestObjectiveBound());
    }
}
