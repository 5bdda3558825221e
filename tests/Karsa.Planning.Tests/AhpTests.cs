using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Planning.Scoring;

namespace Karsa.Planning.Tests;

public class AhpTests
{
    private static readonly CriterionCode A = new("a");
    private static readonly CriterionCode B = new("b");
    private static readonly CriterionCode C = new("c");

    [Fact]
    public void Textbook_three_criteria_example_gives_known_weights_and_consistency()
    {
        // Classic example (A:B = 3, A:C = 5, B:C = 3): weights 0.637, 0.258, 0.105; lambda 3.039; CR 0.033.
        var result = Ahp.Derive([A, B, C], [new(A, B, 3), new(A, C, 5), new(B, C, 3)]);

        Assert.Equal(0.637, result.Weights[A], 3);
        Assert.Equal(0.258, result.Weights[B], 3);
        Assert.Equal(0.105, result.Weights[C], 3);
        Assert.Equal(3.039, result.LambdaMax, 3);
        Assert.Equal(0.033, result.ConsistencyRatio, 3);
        Assert.True(result.IsConsistent);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Perfectly_consistent_judgements_have_zero_ratio()
    {
        var result = Ahp.Derive([A, B, C], [new(A, B, 2), new(B, C, 2), new(A, C, 4)]);

        Assert.Equal(4.0 / 7, result.Weights[A], 6);
        Assert.Equal(0, result.ConsistencyRatio, 6);
    }

    [Fact]
    public void Circular_judgements_are_flagged_above_ten_percent()
    {
        var result = Ahp.Derive([A, B, C], [new(A, B, 9), new(B, C, 9), new(C, A, 9)]);

        Assert.False(result.IsConsistent);
        Assert.True(result.ConsistencyRatio > 0.10);
        Assert.Contains(result.Warnings, w => w.In(Language.English).Contains("above 0.10", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_pair_is_derived_and_reported()
    {
        var result = Ahp.Derive([A, B, C], [new(A, B, 2), new(B, C, 2)]);

        Assert.Single(result.MissingPairs);
        Assert.True(result.Weights[A] > result.Weights[B] && result.Weights[B] > result.Weights[C]);
        Assert.Equal(1, result.Weights.Values.Sum(), 9);
        Assert.Contains(result.Warnings, w => w.In(Language.English).Contains("Harker", StringComparison.Ordinal));
    }

    [Fact]
    public void Unconnected_criteria_are_refused()
    {
        var d = new CriterionCode("d");
        Assert.Throws<DomainException>(() => Ahp.Derive([A, B, C, d], [new(A, B, 2), new(C, d, 2)]));
    }

    [Fact]
    public void Plan_with_pairwise_judgements_uses_the_derived_weights()
    {
        var content = TestPlans.Content([TestPlans.Programme("P-01", 3, [1])], [5]) with
        {
            Criteria = new[] { new Criterion(A, "A", 0.1m), new Criterion(B, "B", 0.9m) }.ToValueList(),
            CriteriaComparisons = new[] { new PairwiseComparison(A, B, 3) }.ToValueList(),
        };

        var weights = CriteriaWeights.Of(content);

        Assert.Equal(0.75, weights.Of(A), 9);
        Assert.NotNull(weights.Ahp);
    }

    [Fact]
    public void Planner_falls_back_to_plan_weights_when_judgements_do_not_connect()
    {
        var d = new CriterionCode("d");
        var content = TestPlans.Content([TestPlans.Programme("P-01", 3, [1])], [5]) with
        {
            Criteria = new[] { new Criterion(TestPlans.Impact, "Impact", 1m), new Criterion(A, "A", 1m), new Criterion(B, "B", 1m), new Criterion(d, "D", 1m) }.ToValueList(),
            CriteriaComparisons = new[] { new PairwiseComparison(TestPlans.Impact, A, 2), new PairwiseComparison(B, d, 2) }.ToValueList(),
        };

        var outcome = new Roadmaps.RoadmapPlanner(TestPlans.Options()).Plan(Masterplan.Create(content));

        Assert.Contains(outcome.Value.Warnings, w => w.In(Language.English).Contains("do not connect", StringComparison.Ordinal));
        Assert.Equal(0.25, outcome.Value.Weights.Of(A), 9);
    }
}
