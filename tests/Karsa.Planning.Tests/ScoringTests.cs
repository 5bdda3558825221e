using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Scoring;

namespace Karsa.Planning.Tests;

public class ScoringTests
{
    private static readonly CriterionCode Risk = new("risk");

    private static MasterplanContent TwoCriteria(params CriterionScore[] scores) =>
        TestPlans.Content([TestPlans.Programme("P-01", 3, [1])], [5]) with
        {
            Criteria = new[] { new Criterion(TestPlans.Impact, new LocalizedText("Dampak", "Impact"), 3m), new Criterion(Risk, new LocalizedText("Risiko", "Risk"), 1m, CriterionSense.Cost) }.ToValueList(),
            Programmes = new[] { TestPlans.Programme("P-01", 3, [1], scores: scores) }.ToValueList(),
        };

    [Fact]
    public void Cost_criteria_are_inverted_and_weights_normalised()
    {
        var content = TwoCriteria(new(TestPlans.Impact, 5), new(Risk, 5));

        var score = PriorityScorer.Score(content, content.Programmes[0], CriteriaWeights.Of(content));

        Assert.Equal(0.75, score.Score, 9); // impact best (1 x 0.75) + risk worst (0 x 0.25)
        Assert.Equal(0, score.Contributions[1].Normalised, 9);
    }

    [Fact]
    public void Explanation_names_each_criterion_with_its_score_and_weight()
    {
        var content = TwoCriteria(new(TestPlans.Impact, 4), new(Risk, 2));

        var score = PriorityScorer.Score(content, content.Programmes[0], CriteriaWeights.Of(content));

        Assert.Equal("Impact: 4 → 0.75 × weight 0.75 = 0.563", score.Contributions[0].Explain(Language.English));
        Assert.Contains("cost: lower is better", score.Contributions[1].Explain(Language.English), StringComparison.Ordinal);
        Assert.StartsWith("Dampak: 4 → 0,75 × bobot 0,75", score.Contributions[0].Explain(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_score_counts_as_worst_and_says_so()
    {
        var content = TwoCriteria(new CriterionScore(TestPlans.Impact, 5));

        var score = PriorityScorer.Score(content, content.Programmes[0], CriteriaWeights.Of(content));

        Assert.Equal(0.75, score.Score, 9);
        Assert.Contains("not scored", score.Contributions[1].Explain(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_weights_replace_the_named_criterion()
    {
        var content = TwoCriteria(new(TestPlans.Impact, 5), new(Risk, 1));

        var weights = CriteriaWeights.Of(content, [new CriterionWeight(Risk, 3m)]);

        Assert.Equal(0.5, weights.Of(Risk), 9);
        Assert.Equal(0.5, weights.Of(TestPlans.Impact), 9);
    }
}
