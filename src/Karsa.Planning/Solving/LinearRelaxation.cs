using Google.OrTools.LinearSolver;

namespace Karsa.Planning.Solving;

/// <summary>The LP relaxation of a <see cref="LinearForm"/> (columns in [0, 1]), solved with Glop.</summary>
/// <param name="Solved">True when Glop proved the LP optimal.</param>
/// <param name="Value">The LP optimum: an upper bound on every schedule's value.</param>
/// <param name="Primal">LP value of each column.</param>
/// <param name="ReducedCosts">Reduced cost of each column.</param>
internal sealed record LinearRelaxation(bool Solved, double Value, double[] Primal, double[] ReducedCosts)
{
    /// <summary>Solves the LP relaxation of <paramref name="form"/>.</summary>
    public static LinearRelaxation Solve(LinearForm form)
    {
        using var solver = Solver.CreateSolver("GLOP");
        var x = form.Columns.Select((_, j) => solver.MakeNumVar(0, 1, $"x{j}")).ToArray();
        foreach (var row in form.Rows)
        {
            var lower = row.Lower == long.MinValue ? double.NegativeInfinity : row.Lower;
            var upper = row.Upper == long.MaxValue ? double.PositiveInfinity : row.Upper;
            var constraint = solver.MakeConstraint(lower, upper);
            for (var k = 0; k < row.Columns.Length; k++)
            {
                constraint.SetCoefficient(x[row.Columns[k]], row.Coefficients[k]);
            }
        }

        var objective = solver.Objective();
        for (var j = 0; j < x.Length; j++)
        {
            objective.SetCoefficient(x[j], form.Values[j]);
        }

        objective.SetMaximization();
        var status = solver.Solve();
        return status == Solver.ResultStatus.OPTIMAL
            ? new LinearRelaxation(true, objective.Value(), [.. x.Select(v => v.SolutionValue())], [.. x.Select(v => v.ReducedCost())])
            : new LinearRelaxation(false, double.PositiveInfinity, new double[x.Length], new double[x.Length]);
    }
}
