using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Roadmaps;

/// <summary>Turns a solved schedule into a <see cref="Roadmap"/> in the plan's terms.</summary>
internal static class RoadmapAssembler
{
    /// <summary>
    /// The roadmap of <paramref name="result"/>'s schedule; its quick wins are <paramref name="quickWins"/>
    /// when given (an adopted roadmap's), else the ones the quick-win rule labels.
    /// </summary>
    public static Roadmap Assemble(PreparedPlan prepared, SolveResult result, PlanningStrategy strategy, RoadmapExplainer explainer,
        IReadOnlyList<LocalizedText> warnings, IReadOnlySet<ProgrammeCode>? quickWins = null)
    {
        var problem = prepared.Problem;
        var schedule = result.Schedule!;
        var labelled = quickWins is null
            ? QuickWinRule.Label(problem, schedule)
            : Enumerable.Range(0, prepared.Programmes.Count).Where(i => quickWins.Contains(prepared.Programmes[i].Code)).ToHashSet();
        var starts = new Dictionary<ProgrammeCode, FiscalYear>();
        for (var i = 0; i < prepared.Programmes.Count; i++)
        {
            if (schedule.Starts[i] is { } s)
            {
                starts[prepared.Programmes[i].Code] = new FiscalYear(problem.YearOf(s));
            }
        }

        var horizon = new PlanPeriod(new FiscalYear(problem.FirstYear), new FiscalYear(problem.YearOf(problem.YearCount - 1)));
        var view = RoadmapView.Of(prepared.Plan, starts, labelled.Select(i => prepared.Programmes[i].Code).ToHashSet(), Ceilings(problem), horizon);
        var scale = (double)problem.ValueScale;
        var entries = prepared.Programmes.Select((programme, i) =>
        {
            var place = view.Programmes[i];
            var (reasons, detail) = explainer.Reasons(i);
            return new RoadmapEntry
            {
                Programme = programme,
                Status = place.Scheduled ? ProgrammeStatus.Scheduled : ProgrammeStatus.Excluded,
                Start = place.Start,
                End = place.End,
                Term = place.Term,
                QuickWin = place.QuickWin,
                Score = prepared.Scores[i],
                Value = schedule.Starts[i] is { } v ? problem.ValueAt(problem.Items[i], v) / scale : 0,
                Reasons = reasons,
                ReasonDetail = detail,
                WhatItTakes = explainer.WhatItTakesFor(i),
            };
        }).ToList();

        return new Roadmap
        {
            Strategy = strategy,
            Horizon = horizon,
            Programmes = entries,
            View = view,
            Objective = result.Objective / scale,
            Bound = strategy == PlanningStrategy.Greedy || result.Bound == long.MaxValue ? null : result.Bound / scale,
            ProvenOptimal = result.Status == SolveStatus.Optimal,
            SolveTime = result.Elapsed,
            Weights = prepared.Weights,
            Warnings = [.. warnings, .. explainer.Warnings],
            Unused = explainer.UnusedCeilings(),
        };
    }

    /// <summary>The effective ceilings the problem was solved under (a scenario's, repeated past the plan's last year).</summary>
    private static Dictionary<(FiscalYear Year, FundingSource Source), Rupiah> Ceilings(PlanningProblem problem)
    {
        var ceilings = new Dictionary<(FiscalYear, FundingSource), Rupiah>();
        for (var t = 0; t < problem.YearCount; t++)
        {
            for (var k = 0; k < problem.Sources.Count; k++)
            {
                if (problem.Ceilings[t, k] is { } cap)
                {
                    ceilings[(new FiscalYear(problem.YearOf(t)), problem.Sources[k])] = new Rupiah(cap);
                }
            }
        }

        return ceilings;
    }
}
