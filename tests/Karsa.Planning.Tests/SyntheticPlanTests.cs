using Karsa.Planning.Benchmarks;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Tests;

public class SyntheticPlanTests
{
    private static PlannerOptions Quick(int seed) => new()
    {
        TimeLimit = TimeSpan.FromSeconds(3),
        Solver = new SolverSettings { Workers = 2, Seed = seed },
    };

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Generated_plans_get_valid_roadmaps_at_least_as_good_as_greedy(int seed)
    {
        var plan = SyntheticPlans.Generate(50, seed);

        var roadmap = new RoadmapPlanner(Quick(seed)).Plan(plan).Value;
        var greedy = new RoadmapPlanner(Quick(seed) with { Strategy = PlanningStrategy.Greedy }).Plan(plan).Value;

        Assert.Empty(RoadmapChecker.Violations(plan, roadmap));
        Assert.Empty(RoadmapChecker.Violations(plan, greedy));
        Assert.True(roadmap.Objective >= greedy.Objective - 1e-9);
        Assert.All(roadmap.Programmes.Where(p => p.Status == ProgrammeStatus.Excluded), p => Assert.NotEmpty(p.Reasons));
    }

    /// <summary>Real plans ask 20-40% more than their budget; each year's ceiling varies by +-15% around the mean.</summary>
    [Theory]
    [InlineData(1, null, 1.2 / 1.15, 1.4 / 0.85)]
    [InlineData(2, null, 1.2 / 1.15, 1.4 / 0.85)]
    [InlineData(3, 2.0, 2.0 / 1.15, 2.0 / 0.85)]
    public void Generated_plans_ask_more_than_the_ceilings_by_the_chosen_ratio(int seed, double? overcommitment, double least, double most)
    {
        var content = SyntheticPlans.Generate(200, seed, overcommitment: overcommitment).Content;

        foreach (var source in content.Ceilings.Select(c => c.Source).Distinct())
        {
            var demand = content.Programmes.SelectMany(p => p.Costs).Where(c => c.Source == source).Sum(c => (double)c.Amount.Value);
            var ceilings = content.Ceilings.Where(c => c.Source == source).Sum(c => (double)c.Amount.Value);
            Assert.InRange(demand / ceilings, least, most);
        }
    }

    [Fact]
    public void Generator_is_seeded()
    {
        Assert.Equal(SyntheticPlans.Generate(60, 5), SyntheticPlans.Generate(60, 5));
        Assert.NotEqual(SyntheticPlans.Generate(60, 5), SyntheticPlans.Generate(60, 6));
    }

    [Fact]
    public void Same_input_and_seed_give_the_same_roadmap()
    {
        var plan = SyntheticPlans.Generate(50, 9);

        // A generous wall-clock limit so the deterministic limit stops the search even on a loaded machine.
        var options = Quick(4) with { TimeLimit = TimeSpan.FromSeconds(60), Solver = new SolverSettings { DeterministicTimeLimit = TimeSpan.FromSeconds(1), Workers = 2, Seed = 4 } };
        var first = new RoadmapPlanner(options).Plan(plan).Value;
        var second = new RoadmapPlanner(options).Plan(plan).Value;

        Assert.Equal(first.Programmes.Select(p => p.Start), second.Programmes.Select(p => p.Start));
        Assert.Equal(first.Objective, second.Objective);
    }
}
