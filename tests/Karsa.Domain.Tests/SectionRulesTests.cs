using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Testing;
using static Karsa.Domain.Tests.RulePlans;

namespace Karsa.Domain.Tests;

/// <summary>Rules on the other sections (plan 2022-2031): budget, targets, readiness, narratives, scenarios, pairwise judgements, and the warnings.</summary>
public sealed class SectionRulesTests
{
    private static readonly IndicatorCode Ind1 = new("IND-1");

    private static MasterplanContent Plan => SamplePlans.Minimal();

    private static BudgetCeiling Ceiling(int year, FundingSource source) => new(new FiscalYear(year), source, new Rupiah(5_000_000));

    private static IndicatorTarget Target(string indicator, int year) => new(new IndicatorCode(indicator), new FiscalYear(year), 1);

    private static Indicator Indicator(IndicatorCode code) => new(code, new LocalizedText("Indeks"), "%", IndicatorFramework.Local, IndicatorDirection.HigherIsBetter);

    [Fact]
    public void Ceilings_must_lie_in_the_period_KRS050_and_be_given_once_per_year_and_source_KRS051()
    {
        var plan = Plan with
        {
            Ceilings = [Ceiling(2022, FundingSource.Apbd), Ceiling(2022, FundingSource.Csr), Ceiling(2022, FundingSource.Apbd), Ceiling(2040, FundingSource.Apbd)],
        };

        Assert.Equal([("KRS051", "budget.2022.apbd"), ("KRS050", "budget.2040")], Errors(plan));
    }

    [Fact]
    public void Targets_need_a_listed_indicator_KRS053_once_a_year_in_the_period_KRS054_and_KRS006()
    {
        var plan = Plan with
        {
            Indicators = [Indicator(Ind1)],
            Targets = [Target("IND-1", 2026), Target("IND-1", 2026), Target("IND-1", 2040), Target("IND-9", 2026), Target("IND-9", 2031)],
        };

        Assert.Equal([("KRS006", "targets.IND-1.2026"), ("KRS054", "targets.IND-1.2040"), ("KRS053", "targets.IND-9")], Errors(plan));
    }

    [Fact]
    public void Readiness_is_given_once_per_dimension_KRS055_with_scores_on_its_scale_KRS016()
    {
        var plan = Plan with
        {
            ReadinessScale = new ScoreScale(0, 4),
            Readiness =
            [
                new ReadinessAssessment(Dimension.Governance, [new PillarScore(Pillar.Struktur, 4, null), new PillarScore(Pillar.Infrastruktur, 4.5m, null)], null),
                new ReadinessAssessment(Dimension.Economy, [], null),
                new ReadinessAssessment(Dimension.Governance, [], null),
            ],
        };

        Assert.Equal([("KRS016", "readiness.dimensions.governance.infrastruktur.score"), ("KRS055", "readiness.dimensions.governance")], Errors(plan));
    }

    [Fact]
    public void A_narrative_section_given_more_than_once_is_one_KRS056()
    {
        var sections = new[] { "latar", "dasar-hukum", "latar", "latar" }.Select(k => new NarrativeSection(k, new LocalizedText("Teks"))).ToValueList();

        Assert.Equal([("KRS056", "narratives.latar")], Errors(Plan with { Narratives = sections }));
    }

    [Fact]
    public void Scenarios_have_unique_names_KRS059_known_programmes_KRS046_known_criteria_KRS044_and_a_horizon_in_the_plan_KRS015()
    {
        var plan = Plan with
        {
            Scenarios =
            [
                new Scenario("hemat", forceIn: [new ProgrammeCode("GOV-01")], forceOut: [new ProgrammeCode("GOV-09")]),
                new Scenario("hemat", weights: [new CriterionWeight(new CriterionCode("urgency"), 1), new CriterionWeight(new CriterionCode("beauty"), 1)]),
                new Scenario("pendek", lastYear: new FiscalYear(2021)),
                new Scenario("panjang", lastYear: new FiscalYear(2035)),
            ],
        };

        Assert.Equal(
            [("KRS046", "scenarios[0].forceOut[0]"), ("KRS059", "scenarios[1].name"), ("KRS044", "scenarios[1].weights.beauty"), ("KRS015", "scenarios[2].lastYear")],
            Errors(plan));
    }

    [Fact]
    public void Pairwise_judgements_name_listed_criteria_KRS044_and_judge_a_pair_once_KRS006()
    {
        var plan = Plan with
        {
            CriteriaComparisons =
            [
                new PairwiseComparison(new CriterionCode("urgency"), new CriterionCode("risk"), 3),
                new PairwiseComparison(new CriterionCode("beauty"), new CriterionCode("risk"), 2),
                new PairwiseComparison(new CriterionCode("risk"), new CriterionCode("urgency"), 2),
            ],
        };

        Assert.Equal([("KRS044", "criteria.pairwise[1]"), ("KRS006", "criteria.pairwise[2]")], Errors(plan));
    }

    [Fact]
    public void A_dimension_without_quick_win_candidate_is_KRS100_once_per_dimension()
    {
        var plan = With(P("A", quickWin: true), P("B", dimension: Dimension.Economy, element: "industry"), P("C", dimension: Dimension.Economy, element: "welfare", quickWin: true));

        var missing = MasterplanRules.Check(plan).Where(d => d.Code == "KRS100").Select(d => d.Message.In(Language.English)).ToList();

        Assert.Equal(4, missing.Count);
        Assert.DoesNotContain(missing, m => m.Contains("governance", StringComparison.Ordinal) || m.Contains("economy", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_element_without_programme_is_KRS102_own_elements_included()
    {
        var own = new Element(new ElementCode("smart-village"), Dimension.Governance, new LocalizedText("Desa Cerdas"));
        var used = ElementCatalogue.Reference.Select((e, i) => P($"P-{i}", dimension: e.Dimension, element: e.Code.Value)).ToArray();

        Assert.Empty(PathsOf(With(used), "KRS102"));
        var found = MasterplanRules.Check(With(used) with { OwnElements = [own] }).Where(d => d.Code == "KRS102").ToList();
        Assert.Contains("smart-village", Assert.Single(found).Message.English, StringComparison.Ordinal);
        Assert.Single(PathsOf(With(used[1..]), "KRS102"));
    }

    [Fact]
    public void An_indicator_without_target_is_KRS103_at_its_code()
    {
        var plan = Plan with { Indicators = [Indicator(Ind1), Indicator(new IndicatorCode("IND-2"))], Targets = [Target("IND-1", 2026)] };

        Assert.Equal(["indicators[1].code"], PathsOf(plan, "KRS103"));
    }

    [Fact]
    public void A_source_used_without_any_ceiling_is_KRS104_once_and_a_capped_one_is_not()
    {
        var plan = With(P("A", costYears: [2022]), P("B", costYears: [2022]));

        Assert.Equal(["budget"], PathsOf(plan, "KRS104"));
        Assert.Empty(PathsOf(plan with { Ceilings = [Ceiling(2030, FundingSource.Apbd)] }, "KRS104"));
    }
}
