using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>One linear row over columns: <c>Lower &lt;= sum Coefficients * x[Columns] &lt;= Upper</c>.</summary>
/// <param name="Columns">Column indices.</param>
/// <param name="Coefficients">Coefficient per column.</param>
/// <param name="Lower">Lower bound (<see cref="long.MinValue"/> for none).</param>
/// <param name="Upper">Upper bound (<see cref="long.MaxValue"/> for none).</param>
/// <param name="IsSelection">True for at-most-one / exactly-one rows over 0/1 columns with unit coefficients.</param>
internal sealed record LinearRow(int[] Columns, long[] Coefficients, long Lower, long Upper, bool IsSelection = false);

/// <summary>
/// The time-indexed formulation of a <see cref="PlanningProblem"/> as plain linear rows over 0/1
/// columns x[i,s] (item i starts at index s), shared by the CP-SAT model and its LP relaxation.
/// Dependencies use the cumulative ("started by") form
/// <c>sum_{s' &lt;= s} x[q,s'] &lt;= sum_{s'' + gap &lt;= s} x[p,s'']</c>, which is tighter in the LP than
/// bounding each x[q,s] on its own (a half-chosen predecessor can no longer carry a whole successor
/// spread over several years).
/// </summary>
internal sealed class LinearForm
{
    private readonly PlanningProblem _problem;
    private readonly List<LinearRow> _rows = [];

    public LinearForm(PlanningProblem problem, bool requireQuickWins)
    {
        _problem = problem;
        QuickWinsRequired = requireQuickWins;
        var columns = new List<(int Item, int Start)>();
        ColumnsOf = new int[problem.Items.Count][];
        for (var i = 0; i < problem.Items.Count; i++)
        {
            var starts = problem.Items[i].Starts.ToList();
            ColumnsOf[i] = [.. starts.Select((s, k) => columns.Count + k)];
            columns.AddRange(starts.Select(s => (i, s)));
        }

        Columns = columns;
        Values = [.. columns.Select(c => problem.ValueAt(problem.Items[c.Item], c.Start))];
        AddSelection();
        AddDependencies();
        AddBudget();
        AddCapacity();
        if (requireQuickWins)
        {
            AddQuickWins();
        }
    }

    /// <summary>True when the quick-win rows are in.</summary>
    public bool QuickWinsRequired { get; }

    /// <summary>The (item, start) of each column.</summary>
    public IReadOnlyList<(int Item, int Start)> Columns { get; }

    /// <summary>Column indices of each item, in start order.</summary>
    public int[][] ColumnsOf { get; }

    /// <summary>Objective coefficient of each column.</summary>
    public long[] Values { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<LinearRow> Rows => _rows;

    /// <summary>True when a mandatory item has no start at all.</summary>
    public bool TriviallyInfeasible { get; private set; }

    /// <summary>The column values of <paramref name="schedule"/>.</summary>
    public bool[] Assignment(Schedule schedule) => [.. Columns.Select(c => schedule.Starts[c.Item] == c.Start)];

    /// <summary>The schedule of a 0/1 column assignment.</summary>
    public Schedule Read(Func<int, bool> chosen)
    {
        var starts = new int?[_problem.Items.Count];
        for (var j = 0; j < Columns.Count; j++)
        {
            if (chosen(j))
            {
                starts[Columns[j].Item] = Columns[j].Start;
            }
        }

        return new Schedule(starts);
    }

    private void AddSelection()
    {
        for (var i = 0; i < ColumnsOf.Length; i++)
        {
            var columns = ColumnsOf[i];
            if (_problem.Items[i].Mandatory)
            {
                TriviallyInfeasible |= columns.Length == 0;
                AddUnitRow(columns, 1, 1, selection: true);
            }
            else if (columns.Length > 1)
            {
                AddUnitRow(columns, long.MinValue, 1, selection: true);
            }
        }

        foreach (var group in Enumerable.Range(0, ColumnsOf.Length).Where(i => _problem.Items[i].Group is not null).GroupBy(i => _problem.Items[i].Group))
        {
            var columns = group.SelectMany(i => ColumnsOf[i]).ToArray();
            if (group.Count() > 1 && columns.Length > 1)
            {
                AddUnitRow(columns, long.MinValue, 1, selection: true);
            }
        }
    }

    private void AddDependencies()
    {
        for (var q = 0; q < ColumnsOf.Length; q++)
        {
            foreach (var precedence in _problem.Items[q].Predecessors)
            {
                var p = precedence.Predecessor;
                var gap = _problem.Items[p].Duration + precedence.Lag;
                var mine = ColumnsOf[q];
                for (var k = 0; k < mine.Length; k++)
                {
                    var s = Columns[mine[k]].Start;

                    // Rows at the same predecessor set are dominated by the one at the latest start.
                    var last = k == mine.Length - 1;
                    if (!last && !ColumnsOf[p].Any(c => Columns[c].Start + gap == s + 1))
                    {
                        continue;
                    }

                    var early = ColumnsOf[p].Where(c => Columns[c].Start + gap <= s).ToArray();
                    var row = mine[..(k + 1)];
                    _rows.Add(new LinearRow([.. row, .. early], [.. row.Select(_ => 1L), .. early.Select(_ => -1L)], long.MinValue, 0));
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

                var columns = new List<int>();
                var costs = new List<long>();
                for (var j = 0; j < Columns.Count; j++)
                {
                    var cost = _problem.Items[Columns[j].Item].CostIn(t, k, Columns[j].Start);
                    if (cost > 0)
                    {
                        columns.Add(j);
                        costs.Add(cost);
                    }
                }

                if (costs.Sum() > cap)
                {
                    _rows.Add(new LinearRow([.. columns], [.. costs], long.MinValue, cap));
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

            var led = Enumerable.Range(0, ColumnsOf.Length).Where(i => _problem.Items[i].Agency == a).ToList();
            for (var t = 0; t < _problem.YearCount; t++)
            {
                var running = led.SelectMany(i => ColumnsOf[i].Where(c => _problem.Items[i].RunsIn(t, Columns[c].Start))).ToArray();
                if (running.Length > capacity)
                {
                    AddUnitRow(running, long.MinValue, capacity);
                }
            }
        }
    }

    private void AddQuickWins()
    {
        foreach (var (items, atLeast) in QuickWinRule.Requirements(_problem))
        {
            var early = items.SelectMany(i => ColumnsOf[i].Where(c => Columns[c].Start < _problem.QuickWinYears)).ToArray();
            AddUnitRow(early, atLeast, long.MaxValue);
        }
    }

    private void AddUnitRow(int[] columns, long lower, long upper, bool selection = false) =>
        _rows.Add(new LinearRow(columns, [.. columns.Select(_ => 1L)], lower, upper, selection));
}
