using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Tests;

public class ValueModelTests
{
    [Theory]
    [InlineData(5, 10)]
    [InlineData(10, 20)]
    [InlineData(0, 10)]
    public void A_late_start_keeps_the_discounted_share_of_an_early_start(int ratePercent, int benefitLife)
    {
        var plan = Masterplan.Create(TestPlans.Content([TestPlans.Programme("LATE-01", 5, [1])], [.. Enumerable.Repeat(5L, 10)], years: 10)
            with
        { ValueModel = new ValueModel(benefitLife, ratePercent) });
        var problem = ProblemBuilder.Prepare(plan).Problem;
        var item = problem.Items[0];

        var early = problem.ValueAt(item, item.EarliestStart);
        var late = problem.ValueAt(item, item.LatestStart);

        // Nine years later the benefit is the same number of years, each discounted nine years more:
        // the ratio is (1 + rate)^-9, up to the rounding of each year's factor to thousandths.
        var expected = Math.Pow(1 + (ratePercent / 100.0), -(item.LatestStart - item.EarliestStart));
        Assert.InRange((double)late / early, expected - 0.002, expected + 0.002);
        Assert.True((double)late / early > 0.4, $"a start in the last year keeps {(double)late / early:P0} of an early start");
        Assert.True(late <= early);
    }

    [Fact]
    public void Without_a_value_model_benefit_counts_only_to_the_horizon()
    {
        var plan = TestPlans.Plan([TestPlans.Programme("LATE-01", 5, [1])], [.. Enumerable.Repeat(5L, 10)], years: 10);
        var problem = ProblemBuilder.Prepare(plan).Problem with { BenefitByEnd = null };
        var item = problem.Items[0];

        Assert.Equal(10 * problem.ValueAt(item, item.LatestStart), problem.ValueAt(item, item.EarliestStart));
    }

    [Fact]
    public void Benefit_years_discount_each_year_from_the_plans_first_year()
    {
        var byEnd = BenefitYears.ByEnd(new ValueModel(2, 10), 3);

        // Years 1 and 2 after an end in year 0: 1000/1.1 + 1000/1.21 = 909 + 826.
        Assert.Equal([909 + 826, 826 + 751, 751 + 683], byEnd);
    }

    [Theory]
    [InlineData(0, "5")]
    [InlineData(101, "5")]
    [InlineData(10, "-1")]
    [InlineData(10, "100.5")]
    [InlineData(10, "2.125")]
    public void Value_models_out_of_range_are_refused_at_their_field(int life, string rate)
    {
        var error = Assert.Throws<DomainException>(() => new ValueModel(life, decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("KRS016", Assert.Single(error.Problems).Code);
        Assert.Equal(life is < 1 or > 100 ? "benefitLifeYears" : "discountRatePercent", error.Problems[0].Path);
    }
}
