using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Planning.Explanations;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Roadmaps;

/// <summary>
/// Makes a masterplan's roadmap: the best one the budget allows (CP-SAT) or the greedy spreadsheet
/// one, with explanations and the requested what-ifs, all within <see cref="PlannerOptions.TimeLimit"/>,
/// or a typed <see cref="PlanningError"/> when the mandatory programmes cannot all fit. Never throws on
/// plan content; throws <see cref="OperationCanceledException"/> within about a second of cancellation.
/// </summary>
public sealed class RoadmapPlanner(PlannerOptions? options = null)
{
    /// <summary>The least share of the solve's time a second solve without the quick-win rule gets.</summary>
    private const double MinRelaxedShare = 0.1;

    /// <summary>The options in use.</summary>
    public PlannerOptions Options { get; } = options ?? new PlannerOptions();

    /// <summary>Plans <paramref name="plan"/>, with optional adjustments (a scenario).</summary>
    public PlanningOutcome Plan(Masterplan plan, PlanAdjustments? adjustments = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Plan(ProblemBuilder.Prepare(plan, adjustments, Options.QuickWins), cancellationToken);
    }

    /// <summary>Plans an already prepared plan.</summary>
    public PlanningOutcome Plan(PreparedPlan prepared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        cancellationToken.ThrowIfCancellationRequested();
        var clock = new PlanningClock(Options.TimeLimit);
        var problem = prepared.Problem;
        if (InfeasibilityAnalyzer.Structural(problem) is { } structural)
        {
            return new PlanningOutcome(null, structural);
        }

        var warnings = new List<LocalizedText>(prepared.Weights.Warnings);
        var solved = Options.Strategy == PlanningStrategy.Greedy
            ? Greedy(problem, clock, warnings, cancellationToken)
            : Optimal(problem, clock, warnings, cancellationToken);
        if (solved.Error is not null)
        {
            return new PlanningOutcome(null, solved.Error);
        }

        var result = solved.Result!;
        var explainer = new RoadmapExplainer(problem, result.Schedule!, Options, result.Status == SolveStatus.Optimal, solved.QuickWinsKept, clock, cancellationToken);
        return new PlanningOutcome(RoadmapAssembler.Assemble(prepared, result, Options.Strategy, explainer, warnings), null);
    }

    /// <summary>
    /// The plan's adopted roadmap in the planner's terms, without solving: its starts and quick wins as
    /// adopted, the value and bound recorded at adoption, the scores, and the binding reason of every
    /// programme left out or started late (and the requested what-ifs, if any). Null when the plan has
    /// no adopted roadmap. The same plan gives the same roadmap on any machine.
    /// </summary>
    public Roadmap? Adopted(Masterplan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.Content.Roadmap is not { } adopted)
        {
            return null;
        }

        var prepared = ProblemBuilder.Prepare(plan, null, Options.QuickWins);
        var problem = prepared.Problem;
        var starts = adopted.Starts;
        var schedule = new Schedule([.. prepared.Programmes.Select(p => starts.TryGetValue(p.Code, out var year) ? year.YearsSince(plan.Period.First) : (int?)null)]);
        var proven = adopted.Bound == adopted.Value;
        var scale = problem.ValueScale;
        var result = new SolveResult(proven ? SolveStatus.Optimal : SolveStatus.Feasible, schedule,
            (long)(adopted.Value * scale), adopted.Bound is { } bound ? (long)(bound * scale) : long.MaxValue, TimeSpan.Zero);
        var explainer = new RoadmapExplainer(problem, schedule, Options, proven, quickWinsKept: true, new PlanningClock(Options.TimeLimit), cancellationToken);
        var quickWins = adopted.QuickWins.ToHashSet();
        return RoadmapAssembler.Assemble(prepared, result, Options.Strategy, explainer, [.. prepared.Weights.Warnings], quickWins);
    }

    /// <summary>The solver settings for a solve of <paramref name="share"/> of the limit.</summary>
    private SolverSettings Settings(PlanningClock clock, double share) => Options.Solver with { TimeLimit = clock.Limit * share };

    /// <summary>The settings for explaining infeasibility: the time left (the analysis takes at least a second).</summary>
    private SolverSettings Analysis(PlanningClock clock) => Options.Solver with { TimeLimit = clock.Left };

    private Solved Greedy(PlanningProblem problem, PlanningClock clock, List<LocalizedText> warnings, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var schedule = GreedyScheduler.Schedule(problem);
        if (problem.Items.Where((item, i) => item.Mandatory && schedule.Starts[i] is null).Any())
        {
            return new(null, InfeasibilityAnalyzer.Resources(problem, Analysis(clock), cancellationToken), false);
        }

        var quickWinsKept = ScheduleCheck.Violations(problem, schedule, requireQuickWins: true).Count == 0;
        if (!quickWinsKept)
        {
            warnings.Add(Phrases.GreedyMissedQuickWins());
        }

        var value = schedule.Value(problem);
        return new(new SolveResult(SolveStatus.Feasible, schedule, value, value, watch.Elapsed), null, quickWinsKept);
    }

    private Solved Optimal(PlanningProblem problem, PlanningClock clock, List<LocalizedText> warnings, CancellationToken cancellationToken)
    {
        var share = PlanningClock.SolveShare(Options.WhatIfs);
        var quickWinsKept = true;
        var result = CpSatSolver.Solve(problem, Settings(clock, share), requireQuickWins: true, cancellationToken: cancellationToken);
        if (result.Status == SolveStatus.Infeasible && QuickWinRule.Requirements(problem).Count > 0)
        {
            // The solve's share of the limit covers both solves.
            quickWinsKept = false;
            var left = Math.Max(MinRelaxedShare * share, share - (result.Elapsed / clock.Limit));
            result = CpSatSolver.Solve(problem, Settings(clock, left), requireQuickWins: false, cancellationToken: cancellationToken);
            if (result.Schedule is not null)
            {
                warnings.Add(Phrases.QuickWinsRelaxed());
            }
        }

        if (result.Status == SolveStatus.Infeasible)
        {
            return new(null, InfeasibilityAnalyzer.Resources(problem, Analysis(clock), cancellationToken), false);
        }

        if (result.Status == SolveStatus.Unknown)
        {
            var greedy = GreedyScheduler.Schedule(problem);
            if (ScheduleCheck.Violations(problem, greedy).Count > 0)
            {
                return new(null, new PlanningError { Kind = PlanningErrorKind.TimedOut, Programmes = [], Conflicts = [] }, false);
            }

            warnings.Add(Phrases.TimeLimitFallback());
            var value = greedy.Value(problem);
            return new(new SolveResult(SolveStatus.Feasible, greedy, value, long.MaxValue, result.Elapsed), null,
                ScheduleCheck.Violations(problem, greedy, requireQuickWins: true).Count == 0);
        }

        if (result.Status == SolveStatus.Feasible && result.Bound > 0)
        {
            warnings.Add(Phrases.NotProven((double)(result.Bound - result.Objective) / result.Bound));
        }

        return new(result, null, quickWinsKept);
    }

    /// <summary>A solve's result or error, and whether its schedule keeps the quick-win rule.</summary>
    private sealed record Solved(SolveResult? Result, PlanningError? Error, bool QuickWinsKept);
}
