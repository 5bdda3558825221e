using Karsa.Domain.Agencies;
using Karsa.Domain.Edits;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Regions;
using static Karsa.Domain.Tests.Edits.EditFixtures;

namespace Karsa.Domain.Tests.Edits;

public sealed class KeyedPartEditTests
{
    private static readonly AgencyCode Diskominfo = new("DISKOMINFO");
    private static readonly AgencyCode Bappeda = new("BAPPEDA");

    private static Agency Agency(string code, string name = "Badan Perencanaan", int? capacity = null) => new(new AgencyCode(code), name, AgencyKind.Badan, capacity);

    private static DraftPlan WithAgencies(params Agency[] added)
    {
        var draft = Draft();
        return Masterplan.Create(draft.Plan.Content with { Agencies = [.. draft.Plan.Content.Agencies, .. added] }).AsDraft()!;
    }

    [Fact]
    public void A_new_agency_goes_last_and_a_changed_one_stays_in_its_place()
    {
        var draft = WithAgencies(Agency("BAPPEDA"));

        var added = Edited(draft.Apply(new SetAgency(Agency("DINKES", "Dinas Kesehatan"))), draft);
        var changed = Edited(draft.Apply(new SetAgency(Agency("BAPPEDA", "Bappeda", capacity: 2), Bappeda)), draft);

        Assert.Equal(["DISKOMINFO", "BAPPEDA", "DINKES"], added.Agencies.Select(a => a.Code.Value));
        Assert.Equal([Diskominfo, Bappeda], changed.Agencies.Select(a => a.Code));
        Assert.Equal(2, changed.Agencies[1].Capacity);
    }

    [Fact]
    public void A_new_agency_with_a_taken_code_is_refused_at_its_code()
    {
        var problem = Refusal(WithAgencies(Agency("BAPPEDA")).Apply(new SetAgency(Agency("BAPPEDA", "Lain"))));

        Assert.Equal(("KRS041", "agencies[2].code"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Removing_an_agency_a_programme_leads_with_is_refused_at_the_agency_naming_the_programmes()
    {
        var problem = Refusal(WithAgencies(Agency("BAPPEDA")).Apply(new RemoveAgency(Diskominfo)));

        Assert.Equal(("KRS047", "agencies[0]"), (problem.Code, problem.Path));
        Assert.Contains("GOV-01, GOV-02, ECO-01", problem.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_an_agency_programmes_name_is_refused_at_its_code()
    {
        var problem = Refusal(Draft().Apply(new SetAgency(Agency("KOMINFO"), Diskominfo)));

        Assert.Equal(("KRS047", "agencies[0].code"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Removing_an_agency_only_a_supporting_role_names_is_refused_too()
    {
        var draft = WithAgencies(Agency("BAPPEDA"));
        var gov01 = draft.Plan.Programme(new ProgrammeCode("GOV-01"));
        var supported = new Programme(gov01.Code, gov01.Name, gov01.Dimension, gov01.Element, gov01.LeadAgency, gov01.DurationYears, gov01.Costs,
            supportingAgencies: [Bappeda], quickWinCandidate: gov01.QuickWinCandidate);
        var withSupport = Masterplan.Create(Edited(draft.Apply(new ChangeProgramme(gov01.Code, supported)), draft)).AsDraft()!;

        var problem = Refusal(withSupport.Apply(new RemoveAgency(Bappeda)));

        Assert.Equal(("KRS047", "agencies[1]"), (problem.Code, problem.Path));
        Assert.Contains("GOV-01", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_an_unused_agency_keeps_the_others_and_a_later_problem_is_reported_where_the_draft_has_it()
    {
        var draft = WithAgencies(Agency("BAPPEDA"), Agency("DINKES"));

        var plan = Edited(draft.Apply(new RemoveAgency(Bappeda)), draft);
        var problem = Refusal(draft.Apply([new RemoveAgency(Bappeda), new SetAgency(Agency("DISKOMINFO", "Lagi"), new AgencyCode("DINKES"))]));

        Assert.Equal(["DISKOMINFO", "DINKES"], plan.Agencies.Select(a => a.Code.Value));
        // DINKES was agencies[2] in the draft; after the removal it is agencies[1].
        Assert.Equal(("KRS041", "agencies[2].code"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Removing_an_agency_the_plan_does_not_list_changes_nothing()
    {
        var draft = Draft();

        Assert.Equal(draft.Plan.Content, Edited(draft.Apply(new RemoveAgency(Bappeda)), draft));
    }

    [Fact]
    public void An_indicator_is_added_changed_and_refused_removal_while_it_has_targets()
    {
        var draft = Draft();
        var changed = new Indicator(Internet, new LocalizedText("Cakupan internet rumah tangga"), "%", IndicatorFramework.Iso37120, IndicatorDirection.HigherIsBetter, "5.1");
        var added = new Indicator(new IndicatorCode("LOC-1"), new LocalizedText("Indeks lokal"), "poin", IndicatorFramework.Local, IndicatorDirection.LowerIsBetter);

        var plan = Edited(draft.Apply([new SetIndicator(changed, Internet), new SetIndicator(added)]), draft);
        var problem = Refusal(draft.Apply(new RemoveIndicator(Internet)));

        Assert.Equal([changed, added], plan.Indicators);
        Assert.Equal(("KRS061", "indicators[0]"), (problem.Code, problem.Path));
        Assert.Contains("targets.ISO37120-5.1", problem.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indicator_without_targets_or_programmes_is_removed_and_renaming_one_with_targets_is_refused_at_its_code()
    {
        var draft = Draft();
        var renamed = new Indicator(new IndicatorCode("ISO37120-5.2"), new LocalizedText("Cakupan"), "%", IndicatorFramework.Iso37120, IndicatorDirection.HigherIsBetter);

        var removed = Edited(draft.Apply([new SetTarget(Internet, new FiscalYear(2026), null), new RemoveIndicator(Internet)]), draft);
        var problem = Refusal(draft.Apply(new SetIndicator(renamed, Internet)));

        Assert.Empty(removed.Indicators);
        Assert.Equal(("KRS061", "indicators[0].code"), (problem.Code, problem.Path));
    }

    [Fact]
    public void A_scenario_is_added_replaced_by_name_and_removed()
    {
        var draft = Draft();
        var cut = new Scenario("apbd-cut-20", new LocalizedText("Pagu APBD turun 20%"), scaleCeilings: [new CeilingScale(0.8m, FundingSource.Apbd)]);
        var renamed = new Scenario("apbd-cut-30", scaleCeilings: [new CeilingScale(0.7m, FundingSource.Apbd)], forceIn: [new ProgrammeCode("GOV-01")]);

        var added = Edited(draft.Apply(new SetScenario(cut)), draft);
        var second = Masterplan.Create(added).AsDraft()!;
        var replaced = Edited(second.Apply(new SetScenario(renamed, "apbd-cut-20")), second);
        var removed = Edited(second.Apply(new RemoveScenario("apbd-cut-20")), second);

        Assert.Equal([cut], added.Scenarios);
        Assert.Equal([renamed], replaced.Scenarios);
        Assert.Empty(removed.Scenarios);
    }

    [Fact]
    public void A_scenario_forcing_in_an_unknown_programme_is_refused_at_that_item()
    {
        var problem = Refusal(Draft().Apply(new SetScenario(new Scenario("paksa", forceIn: [new ProgrammeCode("GOV-01"), new ProgrammeCode("GOV-99")]))));

        Assert.Equal(("KRS046", "scenarios[0].forceIn[1]"), (problem.Code, problem.Path));
    }

    [Fact]
    public void The_profile_changes_everything_but_the_region_code()
    {
        var draft = Draft();
        var region = draft.Plan.Content.Region;
        var profile = new Region(region.Code, "Karanganyar Baru", RegionKind.Kabupaten, "Jawa Tengah", region.Districts,
            new Measured<long>(960_000, new FiscalYear(2024)), new Measured<decimal>(775.44m, new FiscalYear(2024)), new FiscalYear(2021));
        var moved = new Region(new RegionCode("33.14"), "Sragen", RegionKind.Kabupaten, "Jawa Tengah", default);

        var plan = Edited(draft.Apply(new SetRegionProfile(profile)), draft);
        var problem = Refusal(draft.Apply(new SetRegionProfile(moved)));

        Assert.Equal(profile, plan.Region);
        Assert.Equal(("KRS018", "region.code"), (problem.Code, problem.Path));
        Assert.Contains("33.13", problem.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_refused_by_its_constructor_is_reported_under_region()
    {
        var draft = Draft();
        var region = draft.Plan.Content.Region;

        var problem = Refusal(draft.Apply("region", () => new SetRegionProfile(new Region(region.Code, region.Name, region.Kind, region.Province, region.Districts,
            new Measured<long>(0, new FiscalYear(2024))))));

        Assert.Equal(("KRS016", "region.population.value"), (problem.Code, problem.Path));
    }
}
