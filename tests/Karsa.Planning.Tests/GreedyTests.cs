using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Roadmaps;
using static Karsa.Planning.Tests.TestPlans;

namespace Karsa.Planning.Tests;

public class GreedyTests
{
    [Fact]
    public void Greedy_never_takes_two_alternatives_even_when_one_waits_for_the_other()
    {
        // B scores highest, so greedy places B first; B waits for A, and A is in B's alternatives group.
        var a = Programme("A", 2, [1], group: "alt");
        var b = Programme("B", 5, [1], group: "alt", dependsOn: [new Dependency(new ProgrammeCode("A"))]);
        var plan = Plan([a, b], [10, 10, 10, 10, 10]);

        var greedy = new RoadmapPlanner(Options() with { Strategy = PlanningStrategy.Greedy }).Plan(plan).Value;
        var optimal = new RoadmapPlanner(Options()).Plan(plan).Value;

        Assert.Empty(RoadmapChecker.Violations(plan, greedy));
        Assert.Single(greedy.Scheduled);
        Assert.Empty(RoadmapChecker.Violations(plan, optimal));
        Assert.Equal(new ProgrammeCode("A"), Assert.Single(optimal.Scheduled).Code);
        Assert.Equal(new FiscalYear(2025), optimal.Scheduled.Single().Start);
    }
}
