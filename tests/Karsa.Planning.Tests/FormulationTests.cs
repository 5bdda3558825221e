using CsCheck;
using Karsa.Domain.Programmes;
using Karsa.Planning.Benchmarks;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

public class FormulationTests
{
    private static readonly SolverSettings Settings = new() { TimeLimit = TimeSpan.FromSeconds(5), Workers = 2, Seed = 3 };

    private static PlanningItem Item(string code, long weight, long[] cost, int earliest, int latest, params Precedence[] predecessors) => new()
    {
        Code = code,
        Duration = cost.Length,
        EarliestStart = earliest,
        LatestStart = latest,
        Cost = [.. cost.Select(c => new[] { c })],
        Weight = weight,
        Predecessors = predecessors,
    };

    /// <summary>
    /// P may only start in year 0 and costs twice that year's ceiling, so it cannot be in the roadmap;
    /// Q needs P finished first. In the LP, P is at most half chosen. With the cumulative ("started by")
    /// dependency rows Q is then at most half chosen in total; the weaker per-year form would let Q be
    /// half chosen in each of two years. So the LP bound is exactly 0.5 * value(P at 0) + 0.5 * value(Q at 1).
    /// </summary>
    [Fact]
    public void Cumulative_dependency_rows_cap_a_successor_by_its_predecessor_in_the_lp()
    {
        var problem = new PlanningProblem
        {
            FirstYear = 2025,
            YearCount = 4,
            Sources = [FundingSource.Apbd],
            Ceilings = new long?[,] { { 10 }, { 100 }, { 100 }, { 100 } },
            Items = [Item("P", 3, [20], 0, 0), Item("Q", 100, [1], 1, 3, new Precedence(0, 0))],
        };

        var lp = CpSatSolver.RelaxationBound(problem, requireQuickWins: false);
        var expected = (0.5 * 3 * 4) + (0.5 * 100 * 3);

        Assert.Equal(expected, lp, 6);
        var solved = CpSatSolver.Solve(problem, Settings, requireQuickWins: false);
        Assert.Equal(SolveStatus.Optimal, solved.Status);
        Assert.Equal(0, solved.Objective);
    }

    [Fact]
    public void Lp_bound_is_never_below_the_brute_force_optimum_and_the_solver_reaches_it()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var plan = RandomPlans.Make(seed);
            if (plan is null || BruteForce.BestValue(plan) is not { } best)
            {
                return;
            }

            var problem = ProblemBuilder.Prepare(plan).Problem;
            var solved = CpSatSolver.Solve(problem, Settings, requireQuickWins: false);
            var lp = CpSatSolver.RelaxationBound(problem, requireQuickWins: false) / problem.ValueScale;
            Assert.True(lp >= best - 1e-6, $"seed {seed}: LP bound {lp} below the optimum {best}");
            Assert.True(solved.Bound >= solved.Objective, $"seed {seed}");
        }, iter: 60, threads: 1);
    }

    /// <summary>Random knapsacks big enough for the LP core phase (more columns than the first core) against exhaustive search.</summary>
    [Fact]
    public void Core_phase_keeps_knapsack_solutions_optimal()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var random = new Random(seed);
            var (n, m) = (random.Next(14, 17), random.Next(1, 4));
            var weights = Enumerable.Range(0, m).Select(_ => Enumerable.Range(0, n).Select(_ => (long)random.Next(1, 50)).ToArray()).ToArray();
            var instance = new MkpInstance(
                [.. Enumerable.Range(0, n).Select(_ => (long)random.Next(1, 100))], weights, [.. weights.Select(w => w.Sum() / 2)]);
            var best = Enumerable.Range(0, 1 << n)
                .Select(mask => Enumerable.Range(0, n).Select(j => (mask >> j & 1) == 1).ToArray())
                .Where(instance.IsFeasible).Max(instance.Profit);

            var row = MkpBenchmark.Solve(instance, 0, Settings);

            Assert.Equal(best, row.Value);
            Assert.True(row.Optimal, $"seed {seed}");
        }, iter: 12, threads: 1);
    }
}
