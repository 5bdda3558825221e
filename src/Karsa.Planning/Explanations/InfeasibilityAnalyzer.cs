using System.Globalization;
using Google.OrTools.Sat;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Explanations;

/// <summary>
/// Explains why the mandatory programmes cannot all fit. First the structural causes (forced both in
/// and out, no room in the horizon or the window, a predecessor that cannot be scheduled, two mandatory
/// alternatives); then budget and capacity: a small CP-SAT model schedules only the mandatory
/// programmes (and the predecessors they need) with elastic ceilings and capacities, minimising the
/// excess, and reports every source-year (and agency-year) still over with the programmes there.
/// </summary>
internal static class InfeasibilityAnalyzer
{
    /// <summary>The structural conflicts, empty when there are none.</summary>
    public static PlanningError? Structural(PlanningProblem problem)
    {
        var conflicts = new List<LocalizedText>();
        var codes = new List<string>();
        var items = problem.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!item.Mandatory)
            {
                continue;
            }

            if (item.Excluded)
            {
                Add(Phrases.ForcedInAndOut(item.Code), item.Code);
            }
            else if (item.EarliestStart > item.LatestStart)
            {
                Add(Phrases.MandatoryTooLate(item.Code, problem.YearOf(item.EarliestStart), problem.YearOf(item.LatestStart)), item.Code);
            }
            else if (problem.EarliestPossibleStart(i) is null)
            {
                var blocking = item.Predecessors.Select(p => p.Predecessor).FirstOrDefault(p => problem.EarliestPossibleStart(p) is null, -1);
                Add(blocking >= 0
                    ? Phrases.MandatoryNeedsPredecessor(item.Code, items[blocking].Code)
                    : Phrases.MandatoryTooLate(item.Code, problem.YearOf(item.EarliestStart), problem.YearOf(item.LatestStart)), item.Code);
            }
        }

        foreach (var group in Enumerable.Range(0, items.Count).Where(i => items[i].Mandatory && items[i].Group is not null).GroupBy(i => items[i].Group))
        {
            if (group.Count() > 1)
            {
                var names = group.Select(i => items[i].Code).ToList();
                conflicts.Add(Phrases.MandatoryBothAlternatives(names));
                codes.AddRange(names);
            }
        }

        return conflicts.Count == 0 ? null : Error(codes, [], conflicts);

        void Add(LocalizedText text, string code)
        {
            conflicts.Add(text);
            codes.Add(code);
        }
    }

    /// <summary>The budget and capacity conflicts among the mandatory programmes; throws <see cref="OperationCanceledException"/> on cancellation.</summary>
    public static PlanningError Resources(PlanningProblem problem, SolverSettings settings, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var needed = Needed(problem);
        var model = new CpModel();
        var x = needed.ToDictionary(i => i, i => problem.Items[i].Starts.ToDictionary(s => s, s => model.NewBoolVar($"x{i}_{s}")));
        foreach (var (i, choices) in x)
        {
            model.AddExactlyOne(choices.Values);
            foreach (var precedence in problem.Items[i].Predecessors)
            {
                var gap = problem.Items[precedence.Predecessor].Duration + precedence.Lag;
                foreach (var (s, v) in choices)
                {
                    var early = x[precedence.Predecessor].Where(kv => kv.Key + gap <= s).Select(kv => (ILiteral)kv.Value).ToList();
                    model.Add(LinearExpr.Sum(early) >= v);
                }
            }
        }

        var penalty = 1 + needed.Sum(i => problem.Items[i].Cost.Sum(row => row.Sum()));
        var objective = LinearExpr.NewBuilder();
        var budgetSlack = new Dictionary<(int T, int K), IntVar>();
        for (var t = 0; t < problem.YearCount; t++)
        {
            for (var k = 0; k < problem.Sources.Count; k++)
            {
                if (problem.Ceilings[t, k] is not { } cap)
                {
                    continue;
                }

                var terms = x.SelectMany(kv => kv.Value.Select(sv => (sv.Value, Cost: problem.Items[kv.Key].CostIn(t, k, sv.Key)))).Where(p => p.Cost > 0).ToList();
                if (terms.Sum(p => p.Cost) <= cap)
                {
                    continue;
                }

                var slack = model.NewIntVar(0, terms.Sum(p => p.Cost), $"b{t}_{k}");
                model.Add(LinearExpr.WeightedSum(terms.Select(p => p.Value), terms.Select(p => p.Cost)) - slack <= cap);
                objective.AddTerm(slack, 1);
                budgetSlack[(t, k)] = slack;
            }
        }

        var capacitySlack = new Dictionary<(int A, int T), IntVar>();
        for (var a = 0; a < problem.AgencyCapacities.Count; a++)
        {
            if (problem.AgencyCapacities[a] is not { } capacity)
            {
                continue;
            }

            for (var t = 0; t < problem.YearCount; t++)
            {
                var running = x.Where(kv => problem.Items[kv.Key].Agency == a)
                    .SelectMany(kv => kv.Value.Where(sv => problem.Items[kv.Key].RunsIn(t, sv.Key)).Select(sv => sv.Value)).ToList();
                if (running.Count <= capacity)
                {
                    continue;
                }

                var slack = model.NewIntVar(0, running.Count, $"c{a}_{t}");
                model.Add(LinearExpr.Sum(running) - slack <= capacity);
                objective.AddTerm(slack, penalty);
                capacitySlack[(a, t)] = slack;
            }
        }

        model.Minimize(objective);
        using var solver = new CpSolver
        {
            StringParameters = string.Create(CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{Math.Max(1, settings.TimeLimit.TotalSeconds)} num_workers:{Math.Max(1, settings.Workers)} random_seed:{settings.Seed}"),
        };
        var status = Stoppable.Run(() => solver.Solve(model), solver.StopSearch, cancellationToken);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
        {
            return Error([.. needed.Select(i => problem.Items[i].Code)], [], [Phrases.Unexplained()]);
        }

        var starts = x.ToDictionary(kv => kv.Key, kv => kv.Value.First(sv => solver.BooleanValue(sv.Value)).Key);
        var conflicts = new List<LocalizedText>();
        var shortfalls = new List<BudgetShortfall>();
        var codes = new List<string>();
        foreach (var ((t, k), slack) in budgetSlack.Where(kv => solver.Value(kv.Value) > 0))
        {
            var spending = starts.Where(kv => problem.Items[kv.Key].CostIn(t, k, kv.Value) > 0).Select(kv => problem.Items[kv.Key].Code).ToList();
            var need = starts.Sum(kv => problem.Items[kv.Key].CostIn(t, k, kv.Value));
            var cap = problem.Ceilings[t, k]!.Value;
            shortfalls.Add(new BudgetShortfall(new FiscalYear(problem.YearOf(t)), problem.Sources[k], new Rupiah(need), new Rupiah(cap), [.. spending.Select(c => new ProgrammeCode(c))]));
            conflicts.Add(Phrases.Shortfall(problem.SourceName(k), problem.YearOf(t), new Rupiah(need), new Rupiah(cap), spending));
            codes.AddRange(spending);
        }

        foreach (var ((a, t), slack) in capacitySlack.Where(kv => solver.Value(kv.Value) > 0))
        {
            var running = starts.Where(kv => problem.Items[kv.Key].Agency == a && problem.Items[kv.Key].RunsIn(t, kv.Value)).Select(kv => problem.Items[kv.Key].Code).ToList();
            conflicts.Add(Phrases.CapacityShortfall(problem.Agencies[a], problem.YearOf(t), running.Count, problem.AgencyCapacities[a]!.Value, running));
            codes.AddRange(running);
        }

        if (conflicts.Count == 0)
        {
            conflicts.Add(Phrases.Unexplained());
            codes.AddRange(needed.Select(i => problem.Items[i].Code));
        }

        return Error(codes, shortfalls, conflicts);
    }

    /// <summary>Mandatory items and, transitively, the predecessors they need.</summary>
    private static List<int> Needed(PlanningProblem problem)
    {
        var needed = new SortedSet<int>();
        var stack = new Stack<int>(Enumerable.Range(0, problem.Items.Count).Where(i => problem.Items[i].Mandatory));
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            if (needed.Add(i))
            {
                foreach (var precedence in problem.Items[i].Predecessors)
                {
                    stack.Push(precedence.Predecessor);
                }
            }
        }

        return [.. needed];
    }

    private static PlanningError Error(IEnumerable<string> codes, IReadOnlyList<BudgetShortfall> shortfalls, IReadOnlyList<LocalizedText> conflicts) => new()
    {
        Kind = PlanningErrorKind.Infeasible,
        Programmes = [.. codes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(c => new ProgrammeCode(c))],
        Shortfalls = shortfalls,
        Conflicts = conflicts,
    };
}
