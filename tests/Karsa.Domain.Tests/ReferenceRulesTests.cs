using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Testing;
using static Karsa.Domain.Tests.RulePlans;

namespace Karsa.Domain.Tests;

/// <summary>Rules on what a programme refers to: elements and dimensions, agencies, districts, indicators, criteria, unique codes.</summary>
public sealed class ReferenceRulesTests
{
    private static readonly Element SmartVillage = new(new ElementCode("smart-village"), Dimension.Governance, new LocalizedText("Desa Cerdas"));

    [Fact]
    public void An_element_in_no_catalogue_is_unknown_KRS021()
    {
        var found = MasterplanRules.Check(With(P("A", element: "smart-village")));

        var unknown = Assert.Single(found, d => d.Code == "KRS021");
        Assert.Equal("programmes[0].element", unknown.Path);
        Assert.Contains("smart-village", unknown.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void An_element_the_plan_adds_is_known()
    {
        var plan = With(P("A", element: "smart-village")) with { OwnElements = [SmartVillage] };

        Assert.Empty(Errors(plan));
    }

    [Fact]
    public void A_reference_element_under_another_dimension_is_KRS022_naming_both_dimensions()
    {
        var found = MasterplanRules.Check(With(P("A", dimension: Dimension.Economy, element: "public-service")));

        var wrong = Assert.Single(found, d => d.Code == "KRS022");
        Assert.Equal("programmes[0].element", wrong.Path);
        Assert.Contains("belongs to governance, not economy", wrong.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain(found, d => d.Code == "KRS021");
    }

    [Fact]
    public void An_own_element_under_another_dimension_is_KRS022_too()
    {
        var plan = With(P("A", dimension: Dimension.Living, element: "smart-village")) with { OwnElements = [SmartVillage] };

        Assert.Equal([("KRS022", "programmes[0].element")], Errors(plan));
    }

    [Fact]
    public void An_own_element_clashing_with_the_catalogue_or_given_twice_is_KRS023_and_element_references_are_not_judged()
    {
        var clash = new Element(new ElementCode("public-service"), Dimension.Governance, new LocalizedText("Layanan"));
        var plan = With(P("A", element: "no-such-element")) with { OwnElements = [SmartVillage, clash, SmartVillage] };

        Assert.Equal([("KRS023", "elements[1].code"), ("KRS023", "elements[2].code")], Errors(plan));
    }

    [Fact]
    public void Lead_and_supporting_agencies_must_be_listed_KRS040_and_listed_once_KRS041()
    {
        var plan = With(P("A", supporting: ["DISKOMINFO", "DISHUB"]), P("B", lead: "BAPPEDA")) with
        {
            Agencies = [.. SamplePlans.Minimal().Agencies, new Agency(new AgencyCode("DISKOMINFO"), "Lagi", AgencyKind.Dinas)],
        };

        Assert.Equal([("KRS041", "agencies[1].code"), ("KRS040", "programmes[0].supporting[1]"), ("KRS040", "programmes[1].lead")], Errors(plan));
    }

    [Fact]
    public void A_served_district_must_be_a_district_of_the_region_KRS042_at_its_location()
    {
        var plan = With(P("A", districts: ["33.13.09"]), P("B", districts: ["33.13.01", "33.13.05"]));

        Assert.Equal([("KRS042", "programmes[1].locations[1]")], Errors(plan));
    }

    [Fact]
    public void Linked_indicators_must_be_listed_KRS053_and_listed_once_KRS052()
    {
        var indicator = new Indicator(new IndicatorCode("IND-1"), new LocalizedText("Indeks"), "%", IndicatorFramework.Local, IndicatorDirection.HigherIsBetter);
        var plan = With(P("A", indicators: ["IND-1", "IND-9"])) with { Indicators = [indicator, indicator] };

        Assert.Equal([("KRS052", "indicators[1].code"), ("KRS053", "programmes[0].indicators[1]")], Errors(plan));
    }

    [Fact]
    public void Scores_must_be_on_listed_criteria_KRS044_within_the_scale_KRS016_and_criteria_listed_once_KRS045()
    {
        var plan = With(P("A", scores: [("urgency", 5), ("risk", 6), ("beauty", 3)])) with { Criteria = [.. Criterion.Defaults, Criterion.Defaults[1]] };

        Assert.Equal([("KRS045", "criteria.items[5].code"), ("KRS016", "programmes[0].scores.risk"), ("KRS044", "programmes[0].scores.beauty")], Errors(plan));
    }

    [Fact]
    public void A_programme_code_used_twice_is_KRS030_at_the_second_naming_the_first()
    {
        var found = MasterplanRules.Check(With(P("A"), P("B"), P("A")));

        var duplicate = Assert.Single(found, d => d.Code == "KRS030");
        Assert.Equal("programmes[2].code", duplicate.Path);
        Assert.Contains("first at programmes[0]", duplicate.Message.English, StringComparison.Ordinal);
    }
}
