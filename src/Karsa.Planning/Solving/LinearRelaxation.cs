using Google.OrTools.LinearSolver;

namespace Karsa.Planning.Solving;

/// <summary>The LP relaxation of a <see cref="LinearForm"/> (columns in [0, 1]), solved with Glop.</summary>
/// <param name="Solved">True when Glop proved the LP optimal.</param>
/// <param name="Value">The LP optimum as Glop reports it.</param>
/// <param name="Bound">
/// A rigorous upper bound on every schedule's value, from Glop's row duals y (Lagrangian bound
/// <c>sum_r y_r * rhs_r + sum_j max(0, c_j - y A_j)</c>, valid for any y with the right signs, so
/// floating-point tolerances in Glop cannot make it cut off a schedule); <see cref="long.MaxValue"/>
/// when the LP was not solved.
/// </param>
/// <param name="Primal">LP value of each column.</param>
/// <param name="ReducedCosts">Reduced cost of each column.</param>
internal sealed record LinearRelaxation(bool Solved, double Value, long Bound, double[] Primal, double[] ReducedCosts)
{
    /// <summary>Solves the LP relaxation of <paramref name="form"/>.</summary>
    public static LinearRelaxation Solve(LinearForm form)
    {
        using var solver = Solver.CreateSolver("GLOP");
        var x = form.Columns.Select((_, j) => solver.MakeNumVar(0, 1, $"x{j}")).ToArray();
        var rows = new Constraint[form.Rows.Count];
        for (var r = 0; r < rows.Length; r++)
        {
            var row = form.Rows[r];
            var lower = row.Lower == long.MinValue ? double.NegativeInfinity : row.Lower;
            var upper = row.Upper == long.MaxValue ? double.PositiveInfinity : row.Upper;
            rows[r] = solver.MakeConstraint(lower, upper);
            for (var k = 0; k < row.Columns.Length; k++)
            {
                rows[r].SetCoefficient(x[row.Columns[k]], row.Coefficients[k]);
            }
        }

        var objective = solver.Objective();
        for (var j = 0; j < x.Length; j++)
        {
            objective.SetCoefficient(x[j], form.Values[j]);
        }

        objective.SetMaximization();
        if (solver.Solve() != Solver.ResultStatus.OPTIMAL)
        {
            return new LinearRelaxation(false, double.PositiveInfinity, long.MaxValue, new double[x.Length], new double[x.Length]);
        }

        var bound = DualBound(form, [.. rows.Select(c => c.DualValue())]);
        return new LinearRelaxation(true, objective.Value(), bound, [.. x.Select(v => v.SolutionValue())], [.. x.Select(v => v.ReducedCost())]);
    }

    /// <summary>The Lagrangian bound of <paramref name="duals"/>, rounded up to a whole objective unit.</summary>
    private static long DualBound(LinearForm form, double[] duals)
    {
        var reduced = form.Values.Select(v => (double)v).ToArray();
        var total = 0.0;
        for (var r = 0; r < duals.Length; r++)
        {
            var row = form.Rows[r];
            var side = duals[r] > 0 ? row.Upper : row.Lower;
            if (duals[r] == 0 || side is long.MaxValue or long.MinValue)
            {
                continue;
            }

            total += duals[r] * side;
            for (var k = 0; k < row.Columns.Length; k++)
            {
                reduced[row.Columns[k]] -= duals[r] * row.Coefficients[k];
            }
        }

        total += reduced.Sum(d => Math.Max(0, d));

        // Objectives are whole numbers: round down, after a margin for the double arithmetic above.
        var margin = (1e-9 * Math.Abs(total)) + 1e-6;
        return total + margin >= long.MaxValue / 2 ? long.MaxValue : (long)Math.Floor(total + margin);
    }
}
