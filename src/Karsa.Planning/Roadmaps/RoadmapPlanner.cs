using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Planning.Explanations;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Roadmaps;

/// <summary>
/// Makes a masterplan's roadmap: the best one the budget allows (CP-SAT) or the greedy spreadsheet
/// one, with explanations, or a typed <see cref="PlanningError"/> when the mandatory programmes
/// cannot all fit. Never throws on plan content.
/// </summary>
public sealed class RoadmapPlanner(PlannerOptions? options = null)
{
    /// <summary>The options in use.</summary>
    public PlannerOptions Options { get; } = options ?? new PlannerOptions();

    /// <summary>Plans <paramref name="plan"/>, with optional adjustments (a scenario).</summary>
    public PlanningOutcome Plan(Masterplan plan, PlanAdjustments? adjustments = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Plan(ProblemBuilder.Prepare(plan, adjustments, Options.QuickWins));
    }

    /// <summary>Plans an already prepared plan.</summary>
    public PlanningOutcome Plan(PreparedPlan prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var problem = prepared.Problem;
        if (InfeasibilityAnalyzer.Structural(problem) is { } structural)
        {
            return new PlanningOutcome(null, structural);
        }

        var warnings = new List<LocalizedText>(prepared.Weights.Warnings);
        var solved = Options.Strategy == PlanningStrategy.Greedy ? Greedy(problem, warnings) : Optimal(problem, warnings);
        if (solved.Error is not null)
        {
            return new PlanningOutcome(null, solved.Error);
        }

        var result = solved.Result!;
        var explainer = new RoadmapExplainer(problem, result.Schedule!, Options, result.Status == SolveStatus.Optimal);
        return new PlanningOutcome(RoadmapAssembler.Assemble(prepared, result, Options.Strategy, explainer, warnings), null);
    }

    private (SolveResult? Result, PlanningError? Error) Greedy(PlanningProblem problem, List<LocalizedText> warnings)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var schedule = GreedyScheduler.Schedule(problem);
        if (problem.Items.Where((item, i) => item.Mandatory && schedule.Starts[i] is null).Any())
        {
            return (null, InfeasibilityAnalyzer.Resources(problem, Options.Solver));
        }

        if (ScheduleCheck.Violations(problem, schedule, requireQuickWins: true).Count > 0)
        {
            warnings.Add(Phrases.GreedyMissedQuickWins());
        }

        var value = schedule.Value(problem);
        return (new SolveResult(SolveStatus.Feasible, schedule, value, value, clock.Elapsed), null);
    }

    private (SolveResult? Result, PlanningError? Error) Optimal(PlanningProblem problem, List<LocalizedText> warnings)
    {
        var result = CpSatSolver.Solve(problem, Options.Solver, requireQuickWins: true);
        if (result.Status == SolveStatus.Infeasible && QuickWinRule.Requirements(problem).Count > 0)
        {
            result = CpSatSolver.Solve(problem, Options.Solver, requireQuickWins: false);
            if (result.Schedule is not null)
            {
                warnings.Add(Phrases.QuickWinsRelaxed());
            }
        }

        if (result.Status == SolveStatus.Infeasible)
        {
            return (null, InfeasibilityAnalyzer.Resources(problem, Options.Solver));
        }

        if (result.Status == SolveStatus.Unknown)
        {
            var greedy = GreedyScheduler.Schedule(problem);
            if (ScheduleCheck.Violations(problem, greedy).Count > 0)
            {
                return (null, new PlanningError { Kind = PlanningErrorKind.TimedOut, Programmes = [], Conflicts = [] });
            }

            warnings.Add(Phrases.TimeLimitFallback());
            var value = greedy.Value(problem);
            return (new SolveResult(SolveStatus.Feasible, greedy, value, long.MaxValue, result.Elapsed), null);
        }

        if (result.Status == SolveStatus.Feasible && result.Bound > 0)
        {
            warnings.Add(Phrases.NotProven((double)(result.Bound - result.Objective) / result.Bound));
        }

        return (result, null);
    }
}
