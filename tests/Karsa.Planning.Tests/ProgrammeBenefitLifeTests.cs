using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;

namespace Karsa.Planning.Tests;

/// <summary>A programme's own benefit life replaces the plan's value model for that programme alone.</summary>
public class ProgrammeBenefitLifeTests
{
    [Fact]
    public void A_programme_with_its_own_benefit_life_is_valued_over_that_life_and_the_others_over_the_plans()
    {
        var content = TestPlans.Content(
            [TestPlans.Programme("DC-01", 4, [1], benefitLife: 15), TestPlans.Programme("TRN-01", 4, [1], benefitLife: 3), TestPlans.Programme("APP-01", 4, [1])],
            [5, 5, 5, 5, 5]);
        var plan = Masterplan.Create(content with { ValueModel = new ValueModel(10, 5) });
        var problem = ProblemBuilder.Prepare(plan).Problem;

        long ValueOf(int i) => problem.ValueAt(problem.Items[i], 0);
        long Expected(int life) => problem.Items[0].Weight * BenefitYears.ByEnd(new ValueModel(life, 5), problem.YearCount)[0];

        Assert.Equal(Expected(15), ValueOf(0));
        Assert.Equal(Expected(3), ValueOf(1));
        Assert.Equal(Expected(10), ValueOf(2));
        Assert.True(ValueOf(0) > ValueOf(2) && ValueOf(2) > ValueOf(1));
    }

    [Fact]
    public void When_only_one_of_two_equal_programmes_fits_the_one_that_serves_longer_is_chosen()
    {
        // Same score and cost, a ceiling for one of them: only the benefit life tells them apart.
        var plan = TestPlans.Plan(
            [TestPlans.Programme("TRN-01", 4, [3], benefitLife: 3), TestPlans.Programme("DC-01", 4, [3], benefitLife: 15)],
            [3, 0, 0, 0, 0]);

        var roadmap = new RoadmapPlanner(TestPlans.Options()).Plan(plan).Roadmap!;

        Assert.Equal(ProgrammeStatus.Scheduled, roadmap.Programmes.Single(p => p.Code.Value == "DC-01").Status);
        Assert.Equal(ProgrammeStatus.Excluded, roadmap.Programmes.Single(p => p.Code.Value == "TRN-01").Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void A_benefit_life_outside_1_to_100_years_is_refused_at_its_field(int life)
    {
        var error = Assert.Throws<DomainException>(() => TestPlans.Programme("DC-01", 4, [1], benefitLife: life));

        Assert.Equal(("KRS156", "benefitLifeYears"), (Assert.Single(error.Problems).Code, error.Problems[0].Path));
    }
}
