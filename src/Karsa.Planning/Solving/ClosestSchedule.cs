using Google.OrTools.Sat;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// Among the schedules worth at least as much as a given one, the one that changes the fewest items of
/// a reference schedule (moves, drops and additions each count one). "What it would take" uses it so
/// that its answer lists only the changes the value needs, not every equal-valued reshuffle the
/// search happened to end on.
/// </summary>
internal static class ClosestSchedule
{
    /// <summary>
    /// A schedule of <paramref name="problem"/> worth at least <paramref name="found"/> and as close to
    /// <paramref name="reference"/> as CP-SAT finds within <paramref name="settings"/>' limits;
    /// <paramref name="found"/> itself when it finds none closer. Throws <see cref="OperationCanceledException"/> on cancellation.
    /// </summary>
    public static Schedule Find(PlanningProblem problem, Schedule reference, Schedule found, SolverSettings settings, bool requireQuickWins, CancellationToken cancellationToken)
    {
        var form = new LinearForm(problem, requireQuickWins);
        var value = found.Value(problem);
        var model = new RoadmapModel(form);
        model.KeepCloseTo(reference, value);
        model.Hint(found);
        var outcome = CpSatPhase.Run(model, settings, settings.TimeLimit.TotalSeconds, settings.DeterministicSeconds, report: null, cancellationToken);
        return outcome.Schedule is { } closer
            && outcome.Status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
            && closer.Value(problem) >= value
            && ScheduleCheck.Violations(problem, closer, requireQuickWins).Count == 0
            && Changes(reference, closer) < Changes(reference, found)
            ? closer
            : found;
    }

    /// <summary>How many items <paramref name="schedule"/> starts differently from <paramref name="reference"/> (or drops, or adds).</summary>
    public static int Changes(Schedule reference, Schedule schedule) =>
        reference.Starts.Where((start, i) => start != schedule.Starts[i]).Count();
}
