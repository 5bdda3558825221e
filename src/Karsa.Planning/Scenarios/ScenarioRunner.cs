using Karsa.Domain.Budget;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;

namespace Karsa.Planning.Scenarios;

/// <summary>A scenario's roadmap next to the baseline, with the difference when both exist.</summary>
/// <param name="Scenario">The scenario run.</param>
/// <param name="Baseline">The plan's own roadmap.</param>
/// <param name="Result">The roadmap under the scenario.</param>
/// <param name="Diff">The difference, when both succeeded.</param>
public sealed record ScenarioOutcome(Scenario Scenario, PlanningOutcome Baseline, PlanningOutcome Result, RoadmapDiff? Diff);

/// <summary>
/// Runs "what if" scenarios: applies a <see cref="Scenario"/> to a plan (ceilings scaled then set,
/// programmes forced in or out, weights replaced, horizon changed), plans it and compares the result
/// with the baseline roadmap.
/// </summary>
public static class ScenarioRunner
{
    /// <summary>The share of the time limit the baseline gets when the run plans it.</summary>
    private const double BaselineShare = 1.0 / 3;

    /// <summary>The least share the scenario gets, should the baseline overrun its share.</summary>
    private const double MinScenarioShare = 0.25;

    /// <summary>The scenario of <paramref name="plan"/> named <paramref name="name"/>, or null.</summary>
    public static Scenario? Find(Masterplan plan, string name)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Content.Scenarios.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
    }

    /// <summary>The message for an unknown scenario name, listing the known ones.</summary>
    public static LocalizedText UnknownScenario(Masterplan plan, string name)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var known = plan.Content.Scenarios.Count == 0 ? "-" : string.Join(", ", plan.Content.Scenarios.Select(s => s.Name));
        return new($"skenario '{name}' tidak ada; skenario yang tersedia: {known}", $"no scenario named '{name}'; known scenarios: {known}");
    }

    /// <summary>The adjustments <paramref name="scenario"/> makes to <paramref name="plan"/>.</summary>
    public static PlanAdjustments Adjustments(Masterplan plan, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        var ceilings = plan.Content.Ceilings.ToList();
        foreach (var scale in scenario.ScaleCeilings)
        {
            ceilings = [.. ceilings.Select(c => scale.Applies(c.Year, c.Source) ? new BudgetCeiling(c.Year, c.Source, scale.Scale(c.Amount)) : c)];
        }

        foreach (var set in scenario.SetCeilings)
        {
            ceilings.RemoveAll(c => c.Year == set.Year && c.Source == set.Source);
            ceilings.Add(set);
        }

        return new PlanAdjustments
        {
            Ceilings = ceilings.ToValueList(),
            ForceIn = scenario.ForceIn,
            ForceOut = scenario.ForceOut,
            Weights = scenario.Weights,
            LastYear = scenario.LastYear,
        };
    }

    /// <summary>
    /// Plans the baseline and the scenario and compares them. The planner's
    /// <see cref="PlannerOptions.TimeLimit"/> covers the whole run: when <paramref name="baseline"/> is
    /// not given, the baseline (planned without explanations or what-ifs) gets a third of it and the
    /// scenario the rest. Throws <see cref="OperationCanceledException"/> on cancellation.
    /// </summary>
    public static ScenarioOutcome Run(Masterplan plan, Scenario scenario, RoadmapPlanner planner, PlanningOutcome? baseline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(planner);
        var options = planner.Options;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (baseline is null)
        {
            // The baseline is only compared with, so it needs no explanations (they cost re-solves).
            var baselineOptions = options with { Explain = false, WhatIfs = WhatIfSelection.None, TimeLimit = options.TimeLimit * BaselineShare };
            baseline = new RoadmapPlanner(baselineOptions).Plan(plan, cancellationToken: cancellationToken);
        }

        var left = options.TimeLimit - clock.Elapsed;
        var scenarioPlanner = new RoadmapPlanner(options with { TimeLimit = left > options.TimeLimit * MinScenarioShare ? left : options.TimeLimit * MinScenarioShare });
        var result = scenarioPlanner.Plan(plan, Adjustments(plan, scenario), cancellationToken);
        var diff = baseline.Roadmap is { } before && result.Roadmap is { } after ? RoadmapDiff.Between(before, after) : null;
        return new ScenarioOutcome(scenario, baseline, result, diff);
    }
}
