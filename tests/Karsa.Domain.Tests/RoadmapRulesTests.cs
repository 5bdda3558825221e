using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Roadmaps;
using static Karsa.Testing.RoadmapPlans;

namespace Karsa.Domain.Tests;

public class RoadmapRulesTests
{
    [Fact]
    public void A_feasible_adopted_roadmap_has_no_problems_and_the_plan_publishes()
    {
        var plan = Masterplan.Create(Content() with { Roadmap = Feasible() });

        Assert.Empty(RoadmapRules.Check(plan.Content));
        Assert.Equal(PlanState.Published, plan.Publish().Content.State);
    }

    [Theory]
    [InlineData("KRS070", "roadmap.programmes.XYZ")]
    [InlineData("KRS071", "roadmap.programmes")]
    [InlineData("KRS072", "roadmap.programmes.LIV-04")]
    [InlineData("KRS073", "roadmap.programmes.GOV-02")]
    [InlineData("KRS074", "roadmap.programmes.LIV-03")]
    [InlineData("KRS075", "roadmap")]
    [InlineData("KRS076", "roadmap")]
    [InlineData("KRS077", "roadmap.programmes.LIV-01")]
    [InlineData("KRS078", "roadmap.quickWins[0]")]
    [InlineData("KRS079", "roadmap.quickWins")]
    public void Each_broken_rule_is_named_at_its_path_as_a_warning_on_the_draft_and_an_error_at_publishing(string code, string path)
    {
        var plan = Masterplan.Create(Content() with { Roadmap = Breaking(code) });

        var warning = Assert.Single(plan.Warnings, w => w.Code == code);
        Assert.Equal((Severity.Warning, path), (warning.Severity, warning.Path));
        var refused = Assert.Throws<DomainException>(() => plan.Publish());
        Assert.Contains(refused.Problems, p => p.Code == code && p.Severity == Severity.Error);
        Assert.DoesNotContain(Masterplan.Create(Content() with { Roadmap = Feasible() }).Warnings, w => w.Code == code);
    }

    [Fact]
    public void A_plan_without_an_adopted_roadmap_cannot_be_published()
    {
        var refused = Assert.Throws<DomainException>(() => Masterplan.Create(Content()).Publish());

        Assert.Equal(("KRS060", "roadmap"), (refused.Problems.Single().Code, refused.Problems.Single().Path));
    }

    [Fact]
    public void An_edit_that_raises_a_cost_past_the_ceiling_makes_the_adopted_roadmap_say_which_rule_breaks()
    {
        var content = Content() with { Roadmap = Feasible() };
        var dearer = content.Programmes.Select(p => p.Code.Value == "LIV-04"
            ? new Domain.Programmes.Programme(p.Code, p.Name, p.Dimension, p.Element, p.LeadAgency, p.DurationYears,
                new[] { new Domain.Programmes.CostLine(new Primitives.FiscalYear(2023), Domain.Programmes.FundingSource.Apbd, new Primitives.Rupiah(150)) },
                quickWinCandidate: true, earliestStart: p.EarliestStart)
            : p).ToArray();

        var plan = Masterplan.Create(content with { Programmes = dearer });

        var warning = Assert.Single(plan.Warnings, w => w.Code == "KRS075");
        Assert.Contains("Rp 150", warning.Message.In(Primitives.Language.Indonesian), StringComparison.Ordinal);
        Assert.Contains("Rp 100", warning.Message.In(Primitives.Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_priority_dimensions_every_dimension_with_an_eligible_candidate_needs_a_quick_win()
    {
        var plan = Masterplan.Create(Content() with { QuickWinPriority = default, Terms = new TermBoundaries(2, 5, 10), Roadmap = Feasible() });

        var missing = Assert.Single(plan.Warnings, w => w.Code == "KRS079");
        Assert.Contains("living", missing.Message.In(Primitives.Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quick_win_candidate_whose_predecessor_cannot_finish_in_time_is_not_eligible()
    {
        var content = Content();
        var late = content.Programmes.Select(p => p.Code.Value == "LIV-04"
            ? new Domain.Programmes.Programme(p.Code, p.Name, p.Dimension, p.Element, p.LeadAgency, 1, p.Costs,
                quickWinCandidate: true, earliestStart: p.EarliestStart, dependsOn: new[] { new Domain.Programmes.Dependency(Code("GOV-02")) })
            : p).ToArray();

        var plan = Masterplan.Create(content with { Programmes = late });

        Assert.DoesNotContain(QuickWinEligibility.Eligible(plan), p => p.Code == Code("LIV-04"));
        Assert.Contains(QuickWinEligibility.Eligible(plan), p => p.Code == Code("GOV-01"));
    }
}
