using Google.OrTools.Sat;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// The CP-SAT model of a <see cref="PlanningProblem"/>: one Boolean per item and allowed start year
/// (time-indexed), at most one per item (exactly one when mandatory), budget rows per year and capped
/// source, agency capacity rows per year, alternatives as at-most-one, dependencies as
/// "x[q,s] implies some predecessor start early enough", optional quick-win rows, and the objective
/// sum of Weight * benefit years.
/// </summary>
internal sealed class RoadmapModel
{
    private readonly PlanningProblem _problem;
    private readonly Dictionary<int, BoolVar>[] _starts;

    public RoadmapModel(PlanningProblem problem, bool requireQuickWins)
    {
        _problem = problem;
        Model = new CpModel();
        _starts = [.. problem.Items.Select((item, i) => item.Starts.ToDictionary(s => s, s => Model.NewBoolVar($"x{i}_{s}")))];
        AddSelection();
        AddDependencies();
        AddBudget();
        AddCapacity();
        if (requireQuickWins)
        {
            AddQuickWins();
        }

        var objective = LinearExpr.NewBuilder();
        for (var i = 0; i < problem.Items.Count; i++)
        {
            foreach (var (s, x) in _starts[i])
            {
                objective.AddTerm(x, problem.ValueAt(problem.Items[i], s));
            }
        }

        Model.Maximize(objective);
    }

    public CpModel Model { get; }

    /// <summary>True when the model is obviously infeasible before solving (a mandatory item with no start).</summary>
    public bool TriviallyInfeasible { get; private set; }

    /// <summary>Suggests <paramref name="schedule"/> as a first solution.</summary>
    public void Hint(Schedule schedule)
    {
        for (var i = 0; i < _starts.Length; i++)
        {
            foreach (var (s, x) in _starts[i])
            {
                Model.AddHint(x, schedule.Starts[i] == s ? 1 : 0);
            }
        }
    }

    /// <summary>The schedule a solution (or callback) assigns.</summary>
    public Schedule Read(Func<BoolVar, bool> value) =>
        new([.. _starts.Select(starts => starts.FirstOrDefault(kv => value(kv.Value)) is { Value: not null } hit ? (int?)hit.Key : null)]);

    private void AddSelection()
    {
        for (var i = 0; i < _starts.Length; i++)
        {
            var vars = _starts[i].Values.ToList();
            if (_problem.Items[i].Mandatory)
            {
                if (vars.Count == 0)
                {
                    TriviallyInfeasible = true;
                    Model.AddBoolOr([Model.FalseLiteral()]);
                }
                else
                {
                    Model.AddExactlyOne(vars);
                }
            }
            else if (vars.Count > 1)
            {
                Model.AddAtMostOne(vars);
            }
        }

        foreach (var group in Enumerable.Range(0, _starts.Length).Where(i => _problem.Items[i].Group is not null).GroupBy(i => _problem.Items[i].Group))
        {
            var vars = group.SelectMany(i => _starts[i].Values).ToList();
            if (group.Count() > 1 && vars.Count > 1)
            {
                Model.AddAtMostOne(vars);
            }
        }
    }

    private void AddDependencies()
    {
        for (var q = 0; q < _starts.Length; q++)
        {
            foreach (var precedence in _problem.Items[q].Predecessors)
            {
                var p = precedence.Predecessor;
                var gap = _problem.Items[p].Duration + precedence.Lag;
                foreach (var (s, x) in _starts[q])
                {
                    var early = _starts[p].Where(kv => kv.Key + gap <= s).Select(kv => (ILiteral)kv.Value).ToList();
                    if (early.Count == 0)
                    {
                        Model.Add(x == 0);
                    }
                    else
                    {
                        // x[q,s] <= sum of x[p,s'] with s' + gap <= s
                        Model.Add(LinearExpr.Sum(early) >= x);
                    }
                }
            }
        }
    }

    private void AddBudget()
    {
        for (var t = 0; t < _problem.YearCount; t++)
        {
            for (var k = 0; k < _problem.Sources.Count; k++)
            {
                if (_problem.Ceilings[t, k] is not { } cap)
                {
                    continue;
                }

                var vars = new List<BoolVar>();
                var costs = new List<long>();
                for (var i = 0; i < _starts.Length; i++)
                {
                    foreach (var (s, x) in _starts[i])
                    {
                        var cost = _problem.Items[i].CostIn(t, k, s);
                        if (cost > 0)
                        {
                            vars.Add(x);
                            costs.Add(cost);
                        }
                    }
                }

                if (costs.Sum() > cap)
                {
                    Model.Add(LinearExpr.WeightedSum(vars, costs) <= cap);
                }
            }
        }
    }

    private void AddCapacity()
    {
        for (var a = 0; a < _problem.AgencyCapacities.Count; a++)
        {
            if (_problem.AgencyCapacities[a] is not { } capacity)
            {
                continue;
            }

            var led = Enumerable.Range(0, _starts.Length).Where(i => _problem.Items[i].Agency == a).ToList();
            for (var t = 0; t < _problem.YearCount; t++)
            {
                var running = led.SelectMany(i => _starts[i].Where(kv => _problem.Items[i].RunsIn(t, kv.Key)).Select(kv => kv.Value)).ToList();
                if (running.Count > capacity)
                {
                    Model.Add(LinearExpr.Sum(running) <= capacity);
                }
            }
        }
    }

    private void AddQuickWins()
    {
        foreach (var (items, atLeast) in QuickWinRule.Requirements(_problem))
        {
            var early = items.SelectMany(i => _starts[i].Where(kv => kv.Key < _problem.QuickWinYears).Select(kv => kv.Value)).ToList();
            Model.Add(LinearExpr.Sum(early) >= atLeast);
        }
    }
}
