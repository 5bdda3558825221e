using CsCheck;
using Karsa.Domain.Programmes;
using Karsa.Planning.Formulation;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

public class KnapsackCoverTests
{
    /// <summary>
    /// Random knapsack rows over items with one to three columns each (an item takes at most one) and
    /// random fractional points: every cut the separator returns must hold for every 0/1 choice that
    /// fits the row, found by enumerating them all, and must be violated by the point it came from.
    /// </summary>
    [Fact]
    public void Cover_cuts_never_cut_off_a_feasible_choice()
    {
        var cuts = 0;
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var random = new Random(seed);
            var items = random.Next(2, 7);
            var itemOf = new List<int>();
            var costs = new List<long>();
            for (var i = 0; i < items; i++)
            {
                var columns = random.Next(1, 4);
                for (var c = 0; c < columns; c++)
                {
                    itemOf.Add(i);
                    costs.Add(random.Next(1, 21));
                }
            }

            var capacity = (long)random.Next(1, (int)costs.Sum());
            var row = new LinearRow([.. Enumerable.Range(0, costs.Count)], [.. costs], long.MinValue, capacity);
            var point = RandomPoint(random, itemOf, items);

            if (KnapsackCovers.Separate(row, j => itemOf[j], point) is not { } cut)
            {
                return;
            }

            Interlocked.Increment(ref cuts);
            Assert.True(cut.Columns.Sum(j => point[j]) > cut.Upper, $"seed {seed}: cut not violated by its point");
            foreach (var choice in Choices(itemOf, items))
            {
                if (choice.Sum(j => costs[j]) <= capacity)
                {
                    Assert.True(cut.Columns.Count(choice.Contains) <= cut.Upper, $"seed {seed}: cut removes [{string.Join(',', choice)}]");
                }
            }
        }, iter: 400, threads: 1);

        Assert.True(cuts > 20, $"only {cuts} cuts separated");
    }

    /// <summary>Two items that each cost 6 of a ceiling of 10: the LP takes 10/6 of them, the cover cut only one.</summary>
    [Fact]
    public void Cover_cut_closes_a_two_item_knapsack()
    {
        var problem = new PlanningProblem
        {
            FirstYear = 2025,
            YearCount = 1,
            Sources = [FundingSource.Apbd],
            Ceilings = new long?[,] { { 10 } },
            Items = [Item("A"), Item("B")],
        };

        Assert.Equal(Math.Floor(5 * 10 / 6.0), CpSatSolver.RelaxationBound(problem, requireQuickWins: false));
        Assert.Equal(5, CpSatSolver.RelaxationBound(problem, requireQuickWins: false, cutSeconds: 5));
    }

    [Fact]
    public void Bound_with_cuts_is_never_below_the_brute_force_optimum()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var plan = RandomPlans.Make(seed);
            if (plan is null || BruteForce.BestValue(plan) is not { } best)
            {
                return;
            }

            var problem = ProblemBuilder.Prepare(plan).Problem;
            var plain = CpSatSolver.RelaxationBound(problem, requireQuickWins: false);
            var cut = CpSatSolver.RelaxationBound(problem, requireQuickWins: false, cutSeconds: 5);
            Assert.True(cut / problem.ValueScale >= best - 1e-6, $"seed {seed}: bound with cuts {cut / problem.ValueScale} below the optimum {best}");
            Assert.True(cut <= plain, $"seed {seed}: cuts loosened the bound");
        }, iter: 150, threads: 1);
    }

    private static PlanningItem Item(string code) => new()
    {
        Code = code,
        Duration = 1,
        EarliestStart = 0,
        LatestStart = 0,
        Cost = [[6]],
        Weight = 5,
    };

    /// <summary>A random point with each item's columns summing to at most 1, biased towards near-integral values.</summary>
    private static double[] RandomPoint(Random random, List<int> itemOf, int items)
    {
        var point = new double[itemOf.Count];
        for (var i = 0; i < items; i++)
        {
            var columns = Enumerable.Range(0, itemOf.Count).Where(j => itemOf[j] == i).ToList();
            var left = random.Next(3) == 0 ? 1.0 : random.NextDouble();
            foreach (var j in columns.OrderBy(_ => random.Next()))
            {
                point[j] = random.Next(2) == 0 ? left : left * random.NextDouble();
                left -= point[j];
            }
        }

        return point;
    }

    /// <summary>Every choice of at most one column per item.</summary>
    private static IEnumerable<List<int>> Choices(List<int> itemOf, int items)
    {
        IEnumerable<List<int>> From(int item) => item == items
            ? [[]]
            : From(item + 1).SelectMany(rest => Enumerable.Range(0, itemOf.Count).Where(j => itemOf[j] == item)
                .Select(j => (List<int>)[j, .. rest]).Prepend(rest));
        return From(0);
    }
}
