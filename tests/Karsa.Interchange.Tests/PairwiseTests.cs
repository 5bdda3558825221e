using Karsa.Domain.Plans;

namespace Karsa.Interchange.Tests;

/// <summary>AHP judgements under <c>criteria.pairwise</c>: read, written and checked at their positions.</summary>
public class PairwiseTests
{
    private const string Plan = Snippets.Header + """
        criteria:
          pairwise:
            - {more: citizen-impact, less: urgency, ratio: 3}
            - {more: risk, less: readiness, ratio: 0.2}
            - {more: urgency, less: no-such-criterion, ratio: 2}
            - {more: urgency, less: citizen-impact, ratio: 5}
            - {more: readiness, less: risk, ratio: 12}
        """;

    [Fact]
    public void A_ratio_off_Saatys_scale_is_placed_at_the_ratio()
    {
        var result = Reading.Yaml(Plan);

        Assert.False(result.Succeeded);
        result.AssertAt("KRS016", 17, 44);  // ratio 12 is off Saaty's scale
    }

    [Fact]
    public void Valid_judgements_round_trip_and_unknown_or_repeated_pairs_are_reported()
    {
        var fixedRatio = Plan.Replace("ratio: 12", "ratio: 4", StringComparison.Ordinal);
        var result = Reading.Yaml(fixedRatio);

        result.AssertAt("KRS044", 15, 7);   // no-such-criterion, at its judgement
        result.AssertAt("KRS006", 16, 7);   // urgency/citizen-impact was already judged the other way round
        result.AssertAt("KRS006", 17, 7);   // readiness/risk likewise

        var valid = Reading.Yaml(Snippets.Header + """
            criteria:
              pairwise:
                - {more: citizen-impact, less: urgency, ratio: 3}
                - {more: risk, less: readiness, ratio: 0.2}
            """);
        Assert.True(valid.Succeeded, Reading.Describe(valid));
        Assert.Equal([3m, 0.2m], valid.Plan!.Content.CriteriaComparisons.Select(c => c.Ratio));
        var written = PlanWriter.Write(valid.Plan, PlanFormat.Yaml);
        Assert.Contains("pairwise:", written, StringComparison.Ordinal);
        Assert.Equal(valid.Plan.Content, Reading.Yaml(written).Plan!.Content);
        Assert.Equal(valid.Plan.Content, Reading.Json(PlanWriter.Write(valid.Plan, PlanFormat.Json)).Plan!.Content);
    }
}
