using Google.OrTools.Sat;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// The CP-SAT model of a <see cref="PlanningProblem"/>: one Boolean per column of its
/// <see cref="LinearForm"/> (item and allowed start year), selection rows as at-most-one /
/// exactly-one, every other row (and any extra valid rows such as cover cuts) as a linear constraint,
/// and the objective sum of Weight * benefit years.
/// </summary>
internal sealed class RoadmapModel
{
    private readonly BoolVar[] _x;

    public RoadmapModel(LinearForm form, IEnumerable<LinearRow>? extraRows = null)
    {
        Form = form;
        Model = new CpModel();
        _x = [.. form.Columns.Select(c => Model.NewBoolVar($"x{c.Item}_{c.Start}"))];
        foreach (var row in form.Rows.Concat(extraRows ?? []))
        {
            AddRow(row);
        }

        Model.Maximize(LinearExpr.WeightedSum(_x, form.Values));
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
            Model.AddHint(_x[j], values[j]);
        }
    }

    /// <summary>Requires an objective of at least <paramref name="value"/>.</summary>
    public void AtLeast(long value) => Model.Add(LinearExpr.WeightedSum(_x, Form.Values) >= value);

    /// <summary>Fixes column <paramref name="column"/> to <paramref name="value"/>.</summary>
    public void Fix(int column, bool value) => Model.Add(_x[column] == (value ? 1 : 0));

    /// <summary>The schedule a solution assigns.</summary>
    public Schedule Read(Func<BoolVar, bool> value) => Form.Read(j => value(_x[j]));

    private void AddRow(LinearRow row)
    {
        var vars = row.Columns.Select(j => _x[j]).ToArray();
        if (row.IsSelection && row.Lower == 1)
        {
            Model.AddExactlyOne(vars);
        }
        else if (row.IsSelection)
        {
            Model.AddAtMostOne(vars);
        }
        else
        {
            Model.AddLinearConstraint(LinearExpr.WeightedSum(vars, row.Coefficients), row.Lower, row.Upper);
        }
    }
}
