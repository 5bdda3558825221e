using Google.OrTools.Sat;

namespace Karsa.Planning.Solving;

/// <summary>
/// The CP-SAT model of a <see cref="LinearForm"/>: one Boolean per free column (item and allowed
/// start year), selection rows as at-most-one / exactly-one, every other row (and any extra valid rows
/// such as cover cuts) as a linear constraint, and the objective sum of Weight * benefit years.
/// </summary>
/// <remarks>
/// Columns can be fixed when the model is built (the core phase and neighbourhood steps fix most of
/// them): a fixed column gets no variable; its value moves into the row bounds and the objective's
/// constant, so CP-SAT sees only the free part and the objective stays the whole schedule's value.
/// </remarks>
internal sealed class RoadmapModel
{
    private readonly BoolVar?[] _x;
    private readonly bool?[] _fixed;

    /// <summary>The model of <paramref name="form"/> and <paramref name="extraRows"/>, with the columns <paramref name="fixedValues"/> gives a value fixed to it.</summary>
    public RoadmapModel(LinearForm form, IEnumerable<LinearRow>? extraRows = null, bool?[]? fixedValues = null)
    {
        Form = form;
        Model = new CpModel();
        _fixed = fixedValues ?? new bool?[form.Columns.Count];
        _x = [.. form.Columns.Select((c, j) => _fixed[j] is null ? Model.NewBoolVar($"x{c.Item}_{c.Start}") : null)];
        foreach (var row in form.Rows.Concat(extraRows ?? []))
        {
            AddRow(row);
        }

        var (vars, values, constant) = Split(Enumerable.Range(0, form.Columns.Count).ToArray(), form.Values);
        Model.Maximize(LinearExpr.WeightedSum(vars, values) + constant);
    }

    public LinearForm Form { get; }

    public CpModel Model { get; }

    /// <summary>Suggests <paramref name="schedule"/> as a first solution.</summary>
    public void Hint(Schedule schedule)
    {
        var values = Form.Assignment(schedule);
        Model.ClearHints();
        for (var j = 0; j < _x.Length; j++)
        {
            if (_x[j] is { } x)
            {
                Model.AddHint(x, values[j]);
            }
        }
    }

    /// <summary>
    /// Replaces the objective: change as few items as possible from <paramref name="current"/> (an item
    /// changes when it moves, is dropped or is brought in), among schedules worth at least
    /// <paramref name="minimumValue"/>.
    /// </summary>
    public void KeepCloseTo(Schedule current, long minimumValue)
    {
        AddRow(new LinearRow([.. Enumerable.Range(0, Form.Columns.Count)], Form.Values, minimumValue, long.MaxValue));

        // +1 for an item kept at its start, -1 for an item brought in: the maximum changes the fewest.
        // Maximize replaces the value objective the constructor set.
        var kept = Form.Columns.Select(c => current.Starts[c.Item] is not { } start ? -1L : start == c.Start ? 1L : 0L).ToArray();
        var (vars, coefficients, constant) = Split([.. Enumerable.Range(0, Form.Columns.Count)], kept);
        Model.Maximize(LinearExpr.WeightedSum(vars, coefficients) + constant);
    }

    /// <summary>The schedule a solution assigns.</summary>
    public Schedule Read(Func<BoolVar, bool> value) => Form.Read(j => _x[j] is { } x ? value(x) : _fixed[j]!.Value);

    private void AddRow(LinearRow row)
    {
        var (vars, coefficients, constant) = Split(row.Columns, row.Coefficients);
        var lower = row.Lower == long.MinValue ? long.MinValue : row.Lower - constant;
        var upper = row.Upper == long.MaxValue ? long.MaxValue : row.Upper - constant;
        if (vars.Length == 0)
        {
            if (lower > 0 || upper < 0)
            {
                // The fixings break this row: state that the model is infeasible.
                Model.AddBoolOr([]);
            }
        }
        else if (row.IsSelection && constant == 0 && lower == 1)
        {
            Model.AddExactlyOne(vars);
        }
        else if (row.IsSelection && constant == 0)
        {
            Model.AddAtMostOne(vars);
        }
        else
        {
            Model.AddLinearConstraint(LinearExpr.WeightedSum(vars, coefficients), lower, upper);
        }
    }

    /// <summary>The free columns' variables and coefficients, and the fixed columns' total.</summary>
    private (BoolVar[] Vars, long[] Coefficients, long Constant) Split(int[] columns, long[] coefficients)
    {
        var vars = new List<BoolVar>(columns.Length);
        var free = new List<long>(columns.Length);
        var constant = 0L;
        for (var k = 0; k < columns.Length; k++)
        {
            if (_x[columns[k]] is { } x)
            {
                vars.Add(x);
                free.Add(coefficients[k]);
            }
            else if (_fixed[columns[k]] == true)
            {
                constant += coefficients[k];
            }
        }

        return ([.. vars], [.. free], constant);
    }
}
