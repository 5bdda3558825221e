using System.Diagnostics;
using Google.OrTools.LinearSolver;

namespace Karsa.Planning.Solving;

/// <summary>
/// The LP relaxation of a <see cref="LinearForm"/> (columns in [0, 1]), solved with Glop and
/// tightened with knapsack cover cuts on the budget rows (<see cref="KnapsackCovers"/>).
/// </summary>
/// <param name="Solved">True when Glop proved the LP optimal.</param>
/// <param name="Value">The LP optimum as Glop reports it (with the cuts).</param>
/// <param name="Bound">
/// A rigorous upper bound on every schedule's value, from Glop's row duals y (Lagrangian bound
/// <c>sum_r y_r * rhs_r + sum_j max(0, c_j - y A_j)</c> over the rows and the cuts, valid for any y
/// with the right signs because every cut holds for every schedule, so floating-point tolerances in
/// Glop cannot make it cut off a schedule); <see cref="long.MaxValue"/> when the LP was not solved.
/// </param>
/// <param name="Primal">LP value of each column.</param>
/// <param name="ReducedCosts">Reduced cost of each column.</param>
/// <param name="Cuts">The cover cuts added to the LP.</param>
internal sealed record LinearRelaxation(bool Solved, double Value, long Bound, double[] Primal, double[] ReducedCosts, IReadOnlyList<LinearRow> Cuts)
{
    /// <summary>Most separate/resolve rounds.</summary>
    public const int MaxRounds = 20;

    /// <summary>
    /// Solves the LP relaxation of <paramref name="form"/>, then adds violated cover cuts and
    /// re-solves while rounds find cuts, <paramref name="cutSeconds"/> last and at most
    /// <paramref name="maxRounds"/> rounds. On cancellation Glop is interrupted and
    /// <see cref="OperationCanceledException"/> thrown.
    /// </summary>
    public static LinearRelaxation Solve(LinearForm form, double cutSeconds = 0, int maxRounds = MaxRounds, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        using var solver = Solver.CreateSolver("GLOP");
        var x = form.Columns.Select((_, j) => solver.MakeNumVar(0, 1, $"x{j}")).ToArray();
        var rows = new List<LinearRow>(form.Rows);
        var constraints = rows.Select(row => AddRow(solver, x, row)).ToList();
        var objective = solver.Objective();
        for (var j = 0; j < x.Length; j++)
        {
            objective.SetCoefficient(x[j], form.Values[j]);
        }

        objective.SetMaximization();
        var status = Stoppable.Run(solver.Solve, () => solver.InterruptSolve(), cancellationToken);
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            return new LinearRelaxation(false, double.PositiveInfinity, long.MaxValue, new double[x.Length], new double[x.Length], []);
        }

        var result = Read(rows, constraints, x, objective, form.Values, long.MaxValue, form.Rows.Count);
        var knapsacks = form.Rows.Where(KnapsackCovers.IsKnapsack).ToList();
        var seen = new HashSet<string>();
        for (var round = 0; round < maxRounds && clock.Elapsed.TotalSeconds < cutSeconds; round++)
        {
            var cuts = knapsacks
                .Select(row => KnapsackCovers.Separate(row, j => form.Columns[j].Item, result.Primal))
                .OfType<LinearRow>()
                .Where(cut => seen.Add(string.Join(',', cut.Columns.Order()) + "/" + cut.Upper))
                .ToList();
            if (cuts.Count == 0)
            {
                break;
            }

            rows.AddRange(cuts);
            constraints.AddRange(cuts.Select(cut => AddRow(solver, x, cut)));
            status = Stoppable.Run(solver.Solve, () => solver.InterruptSolve(), cancellationToken);
            if (status != Solver.ResultStatus.OPTIMAL)
            {
                break;
            }

            result = Read(rows, constraints, x, objective, form.Values, result.Bound, form.Rows.Count);
        }

        return result;
    }

    private static Constraint AddRow(Solver solver, Variable[] x, LinearRow row)
    {
        var lower = row.Lower == long.MinValue ? double.NegativeInfinity : row.Lower;
        var upper = row.Upper == long.MaxValue ? double.PositiveInfinity : row.Upper;
        var constraint = solver.MakeConstraint(lower, upper);
        for (var k = 0; k < row.Columns.Length; k++)
        {
            constraint.SetCoefficient(x[row.Columns[k]], row.Coefficients[k]);
        }

        return constraint;
    }

    /// <summary>The solved LP; its bound is the better of the duals' bound and <paramref name="earlierBound"/> (both valid).</summary>
    private static LinearRelaxation Read(List<LinearRow> rows, List<Constraint> constraints, Variable[] x, Objective objective, long[] values, long earlierBound, int formRows)
    {
        var bound = Math.Min(earlierBound, DualBound(rows, values, [.. constraints.Select(c => c.DualValue())]));
        return new LinearRelaxation(true, objective.Value(), bound, [.. x.Select(v => v.SolutionValue())], [.. x.Select(v => v.ReducedCost())], rows[formRows..]);
    }

    /// <summary>The Lagrangian bound of <paramref name="duals"/>, rounded up to a whole objective unit.</summary>
    private static long DualBound(List<LinearRow> rows, long[] values, double[] duals)
    {
        var reduced = values.Select(v => (double)v).ToArray();
        var total = 0.0;
        for (var r = 0; r < duals.Length; r++)
        {
            var row = rows[r];
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
