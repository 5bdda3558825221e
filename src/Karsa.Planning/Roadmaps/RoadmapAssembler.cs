using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Roadmaps;

/// <summary>Turns a solved schedule into a <see cref="Roadmap"/> in the plan's terms.</summary>
internal static class RoadmapAssembler
{
    public static Roadmap Assemble(PreparedPlan prepared, SolveResult result, PlanningStrategy strategy, RoadmapExplainer explainer, IReadOnlyList<LocalizedText> warnings)
    {
        var problem = prepared.Problem;
        var schedule = result.Schedule!;
        var quickWins = QuickWinRule.Label(problem, schedule);
        var terms = prepared.Plan.Content.Terms;
        var scale = (double)problem.ValueScale;
        var entries = prepared.Programmes.Select((programme, i) =>
        {
            var start = schedule.Starts[i];
            return new RoadmapEntry
            {
                Programme = programme,
                Status = start is null ? ProgrammeStatus.Excluded : ProgrammeStatus.Scheduled,
                Start = start is { } s ? new FiscalYear(problem.YearOf(s)) : null,
                End = start is { } e ? new FiscalYear(problem.YearOf(e + programme.DurationYears - 1)) : null,
                Term = start is { } t ? (quickWins.Contains(i) ? Term.QuickWin : terms.TermOf(t + 1)) : null,
                QuickWin = quickWins.Contains(i),
                Score = prepared.Scores[i],
                Value = start is { } v ? problem.ValueAt(problem.Items[i], v) / scale : 0,
                Reasons = explainer.Reasons(i),
                WhatItTakes = explainer.WhatItTakesFor(i),
            };
        }).ToList();

        return new Roadmap
        {
            Strategy = strategy,
            Horizon = new PlanPeriod(new FiscalYear(problem.FirstYear), new FiscalYear(problem.YearOf(problem.YearCount - 1))),
            Programmes = entries,
            Spend = Spend(problem, schedule),
            Objective = result.Objective / scale,
            Bound = strategy == PlanningStrategy.Greedy || result.Bound == long.MaxValue ? null : result.Bound / scale,
            ProvenOptimal = result.Status == SolveStatus.Optimal,
            SolveTime = result.Elapsed,
            Weights = prepared.Weights,
            Warnings = [.. warnings, .. explainer.Warnings],
        };
    }

    private static List<SpendLine> Spend(PlanningProblem problem, Schedule schedule)
    {
        var spend = schedule.Spend(problem);
        var lines = new List<SpendLine>();
        for (var t = 0; t < problem.YearCount; t++)
        {
            for (var k = 0; k < problem.Sources.Count; k++)
            {
                var ceiling = problem.Ceilings[t, k];
                if (ceiling is not null || spend[t, k] > 0)
                {
                    lines.Add(new SpendLine(new FiscalYear(problem.YearOf(t)), problem.Sources[k], ceiling is { } c ? new Rupiah(c) : null, new Rupiah(spend[t, k])));
                }
            }
        }

        return lines;
    }
}
