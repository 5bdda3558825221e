using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Scenarios;

namespace Karsa.Planning.Tests;

public class ScenarioTests
{
    private static Masterplan PlanWithCut()
    {
        var content = TestPlans.Content(
            [
                TestPlans.Programme("P-01", 5, [3, 2]), TestPlans.Programme("P-02", 4, [2]),
                TestPlans.Programme("P-03", 3, [2, 2]), TestPlans.Programme("P-04", 2, [1]),
            ],
            [5, 5, 5]);
        var cut = new Scenario("apbd-cut-20", new LocalizedText("APBD dipotong 20%", "20% APBD cut"), scaleCeilings: new[] { new CeilingScale(0.8m, FundingSource.Apbd) }.ToValueList());
        return Masterplan.Create(content with { Period = PlanPeriod.Of(new FiscalYear(2025), 3), Scenarios = new[] { cut }.ToValueList() });
    }

    [Fact]
    public void Twenty_percent_apbd_cut_moves_or_drops_programmes_and_says_so()
    {
        var plan = PlanWithCut();
        var scenario = ScenarioRunner.Find(plan, "apbd-cut-20")!;

        var outcome = ScenarioRunner.Run(plan, scenario, new RoadmapPlanner(TestPlans.Options()));

        var adjusted = ScenarioRunner.Adjustments(plan, scenario).Ceilings!.Value;
        Assert.All(adjusted, c => Assert.Equal(4 * TestPlans.Billion, c.Amount.Value));
        Assert.Empty(RoadmapChecker.Violations(plan, outcome.Result.Value, adjusted));
        var diff = outcome.Diff!;
        Assert.False(diff.Unchanged);
        Assert.True(diff.ValueDelta < 0);
        var lines = diff.Describe(Language.English);
        Assert.StartsWith("Value: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Dropped: ", StringComparison.Ordinal) || l.StartsWith("Moved: ", StringComparison.Ordinal));
        if (lines.Any(l => l.StartsWith("Dropped: ", StringComparison.Ordinal)))
        {
            // Moving a programme keeps the spending totals; dropping one changes them.
            Assert.Contains(lines, l => l.StartsWith("Spending APBD: ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Forcing_a_programme_in_brings_it_in()
    {
        var plan = PlanWithCut();
        var scenario = new Scenario("force", forceIn: new[] { new ProgrammeCode("P-04") }.ToValueList(), scaleCeilings: new[] { new CeilingScale(0.5m) }.ToValueList());

        var outcome = ScenarioRunner.Run(plan, scenario, new RoadmapPlanner(TestPlans.Options()));

        Assert.Equal(ProgrammeStatus.Scheduled, outcome.Result.Value.Entry(new ProgrammeCode("P-04")).Status);
    }

    [Fact]
    public void Unknown_scenario_lists_the_known_ones()
    {
        var plan = PlanWithCut();

        Assert.Null(ScenarioRunner.Find(plan, "nope"));
        Assert.Contains("apbd-cut-20", ScenarioRunner.UnknownScenario(plan, "nope").In(Language.English), StringComparison.Ordinal);
    }
}
