using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;

namespace Karsa.Planning.Tests;

public class InfeasibilityTests
{
    [Fact]
    public void Mandatory_programmes_over_the_budget_give_a_typed_error_with_the_shortfall()
    {
        // Both mandatory, both must run in 2025 (window of one year), 2 bn each under a 3 bn ceiling.
        var plan = TestPlans.Plan(
            [
                TestPlans.Programme("P-01", 3, [2], mandatory: true, latest: 2025),
                TestPlans.Programme("P-02", 3, [2], mandatory: true, latest: 2025),
                TestPlans.Programme("P-03", 5, [1]),
            ],
            [3, 3]);

        var outcome = new RoadmapPlanner(TestPlans.Options()).Plan(plan);

        Assert.False(outcome.Succeeded);
        var error = outcome.Error!;
        Assert.Equal(PlanningErrorKind.Infeasible, error.Kind);
        Assert.Equal(["P-01", "P-02"], error.Programmes.Select(p => p.Value));
        var shortfall = Assert.Single(error.Shortfalls);
        Assert.Equal(2025, shortfall.Year.Value);
        Assert.Equal(FundingSource.Apbd, shortfall.Source);
        Assert.Equal(new Rupiah(TestPlans.Billion), shortfall.Shortfall);
        Assert.Contains("short by Rp 1.000.000.000", error.Message(Language.English), StringComparison.Ordinal);
        Assert.Contains("kurang Rp 1.000.000.000", error.Message(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void Mandatory_programme_forced_out_is_a_conflict()
    {
        var plan = TestPlans.Plan([TestPlans.Programme("P-01", 3, [1], mandatory: true)], [3]);

        var outcome = new RoadmapPlanner(TestPlans.Options()).Plan(plan, new PlanAdjustments { ForceOut = new[] { new ProgrammeCode("P-01") }.ToValueList() });

        Assert.Equal("P-01", Assert.Single(outcome.Error!.Programmes).Value);
        Assert.Contains("forced both in and out", outcome.Error.Message(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Mandatory_programme_beyond_a_shorter_horizon_is_named()
    {
        var plan = TestPlans.Plan([TestPlans.Programme("P-01", 3, [1, 1], mandatory: true, earliest: 2027)], [3, 3, 3, 3, 3]);

        var outcome = new RoadmapPlanner(TestPlans.Options()).Plan(plan, new PlanAdjustments { LastYear = new FiscalYear(2027) });

        Assert.Equal("P-01", Assert.Single(outcome.Error!.Programmes).Value);
        Assert.Contains("P-01 is mandatory", outcome.Error.Message(Language.English), StringComparison.Ordinal);
    }
}
