using CsCheck;
using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Versions;
using Karsa.Testing;

namespace Karsa.Domain.Tests.Versions;

public sealed class PlanComparisonTests
{
    private static readonly MasterplanContent Older = VersionPairs.Older();

    [Fact]
    public void Identical_plans_have_every_section_and_no_changes()
    {
        var comparison = PlanComparison.Compare(Older, VersionPairs.Older());

        Assert.False(comparison.HasChanges);
        Assert.Equal(PlanComparison.Comparers.Select(c => c.Section), comparison.Sections.Select(s => s.Section));
        Assert.All(comparison.Sections, s => Assert.True(s.IsUnchanged));
    }

    [Fact]
    public void Version_number_and_state_are_not_changes()
    {
        var published = Older with { Version = 3, State = PlanState.Published };

        Assert.False(PlanComparison.Compare(Older, published).HasChanges);
    }

    [Fact]
    public void The_briefs_story_gives_a_moved_start_a_changed_cost_a_removed_programme_and_a_lower_ceiling_and_nothing_else()
    {
        var comparison = PlanComparison.Compare(Older, VersionPairs.Newer());

        Assert.Equal(["programmes", "ceilings"], comparison.Sections.Where(s => !s.IsUnchanged).Select(s => s.Section));
        var programmes = comparison["programmes"].Items;
        Assert.Equal(2, programmes.Count);
        var clinic = programmes[0];
        Assert.Equal(("programme", "LIV-04", ChangeKind.Changed, "programmes[LIV-04]"), (clinic.Subject, clinic.Key, clinic.Kind, clinic.Path));
        Assert.Equal("Puskesmas Keliling", clinic.Name!.Indonesian);
        var start = Assert.Single(clinic.Fields, f => f.Field == "earliestStart");
        Assert.Equal((ChangeKind.Changed, (ChangeValue)new YearValue(new FiscalYear(2024)), (ChangeValue)new YearValue(new FiscalYear(2026))), (start.Kind, start.Old!, start.New!));
        var removed = programmes[1];
        Assert.Equal(("ECO-03", ChangeKind.Removed), (removed.Key, removed.Kind));
        Assert.Equal(new MoneyValue(new Rupiah(300_000_000)), removed.Old);
        var year = Assert.Single(comparison["ceilings"].Items);
        Assert.Equal(("year", "2026"), (year.Subject, year.Key));
        var ceiling = Assert.Single(year.Fields);
        Assert.Equal(("budget.2026.apbd", FundingSource.Apbd, 2026), (ceiling.Path, ceiling.Source!.Value, ceiling.Year!.Value.Value));
        Assert.Equal((new MoneyValue(new Rupiah(2_000_000_000)), new MoneyValue(new Rupiah(1_500_000_000))), ((MoneyValue)ceiling.Old!, (MoneyValue)ceiling.New!));
    }

    [Fact]
    public void Costs_are_compared_per_year_and_source()
    {
        var newer = Older with { Programmes = [Older.Programmes[0], VersionPairs.MobileClinic(2024, 1_500_000_000), Older.Programmes[2]] };

        var cost = Assert.Single(Assert.Single(PlanComparison.Compare(Older, newer)["programmes"].Items).Fields);

        Assert.Equal(("costs", "programmes[LIV-04].costs.2024.apbd", ChangeKind.Changed), (cost.Field, cost.Path, cost.Kind));
        Assert.Equal((2024, FundingSource.Apbd), (cost.Year!.Value.Value, cost.Source!.Value));
        Assert.Equal(new MoneyValue(new Rupiah(1_500_000_000)), cost.New);
    }

    [Fact]
    public void Moving_the_start_moves_the_cost_profile_with_it()
    {
        var newer = Older with { Programmes = [Older.Programmes[0], VersionPairs.MobileClinic(2027, 1_250_000_000), Older.Programmes[2]] };

        var field = Assert.Single(Assert.Single(PlanComparison.Compare(Older, newer)["programmes"].Items).Fields);

        Assert.Equal("earliestStart", field.Field);
    }

    [Fact]
    public void Every_programme_field_is_detected()
    {
        var clinic = Older.Programmes[1];
        var changed = new Programme(clinic.Code, new LocalizedText("Puskesmas Keliling Terpadu"), Dimension.Society, new ElementCode("community"),
            new AgencyCode("DISKOMINFO"), 3, [new CostLine(new FiscalYear(2024), FundingSource.Dak, new Rupiah(7))], ProgrammeKind.Community,
            "Uraian", [new AgencyCode("DINKES")], quickWinCandidate: true, new FiscalYear(2023), new FiscalYear(2027),
            [new Dependency(new ProgrammeCode("GOV-01"), 1)], mandatory: true, "klinik", [new CriterionScore(new CriterionCode("urgency"), 4)],
            indicators: [], districts: [new RegionCode("33.13.01")], planningReference: "RPJMD 3.2");
        var newer = Older with { Programmes = [Older.Programmes[0], changed, Older.Programmes[2]] };

        var fields = Assert.Single(PlanComparison.Compare(Older, newer)["programmes"].Items).Fields;

        Assert.Equal(
            ["name", "dimension", "element", "kind", "description", "planningReference", "leadAgency", "supportingAgencies", "durationYears",
             "earliestStart", "latestStart", "costs", "costs", "costs", "dependsOn", "mandatory", "quickWinCandidate", "alternativesGroup", "scores",
             "indicators", "locations"],
            fields.Select(f => f.Field));
        var district = Assert.Single(fields, f => f.Field == "locations");
        Assert.Equal(("33.13.01", "Jatipuro", ChangeKind.Added), (district.Key, district.KeyName!.Indonesian, district.Kind));
        Assert.Equal("Urgensi", Assert.Single(fields, f => f.Field == "scores").KeyName!.Indonesian);
        Assert.Equal(new DependencyValue(new ProgrammeCode("GOV-01"), 1), Assert.Single(fields, f => f.Field == "dependsOn").New);
        Assert.Equal(ChangeKind.Removed, Assert.Single(fields, f => f.Field == "indicators").Kind);
    }

    [Fact]
    public void An_added_programme_comes_where_it_stands_with_its_total_cost()
    {
        var newer = Older with { Programmes = [Older.Programmes[0], NewProgramme(), .. Older.Programmes.Skip(1)] };

        var added = Assert.Single(PlanComparison.Compare(Older, newer)["programmes"].Items);

        Assert.Equal(("SOC-02", ChangeKind.Added, (ChangeValue?)new MoneyValue(new Rupiah(40_000_000))), (added.Key, added.Kind, added.New));
    }

    [Fact]
    public void Removed_programmes_stay_where_they_stood()
    {
        var newer = Older with { Programmes = [Older.Programmes[1], NewProgramme()] };

        var items = PlanComparison.Compare(Older, newer)["programmes"].Items;

        Assert.Equal([("GOV-01", ChangeKind.Removed), ("ECO-03", ChangeKind.Removed), ("SOC-02", ChangeKind.Added)], items.Select(i => (i.Key, i.Kind)));
    }

    [Fact]
    public void Ceilings_set_and_dropped_are_added_and_removed()
    {
        var newer = Older with { Ceilings = [VersionPairs.Ceiling(2024, 2_000_000_000), VersionPairs.Ceiling(2025, 2_000_000_000), new BudgetCeiling(new FiscalYear(2026), FundingSource.Dak, new Rupiah(5))] };

        var fields = Assert.Single(PlanComparison.Compare(Older, newer)["ceilings"].Items).Fields;

        Assert.Equal([(FundingSource.Apbd, ChangeKind.Removed), (FundingSource.Dak, ChangeKind.Added)], fields.Select(f => (f.Source!.Value, f.Kind)));
    }

    [Fact]
    public void Indicator_targets_are_compared_per_year()
    {
        var code = Older.Indicators[0].Code;
        var newer = Older with { Targets = [new Indicators.IndicatorTarget(code, new FiscalYear(2026), 1200m), new Indicators.IndicatorTarget(code, new FiscalYear(2028), 1500m)] };

        var item = Assert.Single(PlanComparison.Compare(Older, newer)["targets"].Items);

        Assert.Equal(("HEALTH-1", "Kunjungan puskesmas keliling"), (item.Key, item.Name!.Indonesian));
        Assert.Equal([("targets.HEALTH-1.2026", ChangeKind.Changed), ("targets.HEALTH-1.2028", ChangeKind.Added)], item.Fields.Select(f => (f.Path, f.Kind)));
        Assert.Equal(new NumberValue(1200m), item.Fields[0].New);
    }

    [Fact]
    public void An_inserted_mission_is_one_addition_and_a_new_vision_is_a_change()
    {
        var newer = Older with
        {
            Vision = new LocalizedText("Karanganyar Cerdas dan Lestari"),
            Missions = [Older.Missions[0], new LocalizedText("Ekonomi inklusif"), Older.Missions[1]],
        };

        var items = PlanComparison.Compare(Older, newer)["vision"].Items;

        Assert.Equal([("vision", ChangeKind.Changed), ("2", ChangeKind.Added)], items.Select(i => (i.Key, i.Kind)));
        Assert.Equal(new TextValue(new LocalizedText("Ekonomi inklusif")), items[1].New);
    }

    [Fact]
    public void Narratives_are_compared_by_paragraph_in_each_language()
    {
        var newer = Older with { Narratives = [new NarrativeSection("background", new LocalizedText("Paragraf satu.\n\nParagraf dua, diperbarui.\n\nParagraf tiga.", "One.\n\nTwo.\n\nThree.\n\nFour."))] };

        var item = Assert.Single(PlanComparison.Compare(Older, newer)["narratives"].Items);

        Assert.Equal([("paragraph", "2", ChangeKind.Changed), ("paragraphEn", "4", ChangeKind.Added)], item.Fields.Select(f => (f.Field, f.Key!, f.Kind)));
        Assert.Equal(new TextValue(new LocalizedText("Paragraf dua.")), item.Fields[0].Old);
    }

    [Fact]
    public void Readiness_swot_and_strategies_are_detected()
    {
        var newer = Older with
        {
            Readiness = [new ReadinessAssessment(Dimension.Governance, [new PillarScore(Pillar.Struktur, 4, null), new PillarScore(Pillar.Infrastruktur, 2, null)], null)],
            Swot = [Older.Swot[0], new SwotItem(SwotKind.Threat, "Longsor di lereng Lawu")],
            Strategies = [new Strategy(Dimension.Living, new LocalizedText("Layanan kesehatan mendekat ke warga"), "Lewat puskesmas keliling")],
        };

        var comparison = PlanComparison.Compare(Older, newer);

        var score = Assert.Single(Assert.Single(comparison["readiness"].Items).Fields);
        Assert.Equal(("struktur", (ChangeValue?)new NumberValue(3), (ChangeValue?)new NumberValue(4)), (score.Key!, score.Old, score.New));
        Assert.Equal([("weakness", ChangeKind.Removed), ("threat", ChangeKind.Added)],
            comparison["swot"].Items.Select(i => (i.Key, Assert.Single(i.Fields).Kind)));
        var strategy = Assert.Single(Assert.Single(comparison["strategies"].Items).Fields);
        Assert.Equal(("strategyDescription", ChangeKind.Added), (strategy.Field, strategy.Kind));
    }

    [Fact]
    public void Frame_agencies_criteria_elements_and_scenarios_are_detected()
    {
        var newer = Older with
        {
            Title = new LocalizedText("Masterplan baru"),
            Agencies = [Older.Agencies[0]],
            Criteria = [.. Criterion.Defaults.Take(4)],
            OwnElements = [new Element(new ElementCode("desa"), Dimension.Governance, new LocalizedText("Desa Cerdas"))],
            Scenarios = [new Scenario("hemat", forceOut: [new ProgrammeCode("ECO-03")])],
        };

        var changed = PlanComparison.Compare(Older, newer).Sections.Where(s => !s.IsUnchanged).Select(s => s.Section);

        Assert.Equal(["general", "elements", "agencies", "criteria", "scenarios"], changed);
    }

    [Fact]
    public void A_plan_compared_with_itself_has_no_changes()
    {
        PlanGenerators.Plan.Sample(plan => !PlanComparison.Compare(plan, plan).HasChanges);
    }

    [Fact]
    public void Plans_that_differ_in_any_part_have_changes()
    {
        Gen.Select(PlanGenerators.Plan, PlanGenerators.Plan, Gen.Int).Sample((a, other, mask) =>
        {
            var b = Mix(a, other, mask) with { Version = a.Version, State = a.State };
            return PlanComparison.Compare(a, b).HasChanges == (a != b);
        });
    }

    /// <summary>A plan taking each part from <paramref name="a"/> or <paramref name="b"/> as the bits of <paramref name="mask"/> say, so that it differs from <paramref name="a"/> in a few parts only.</summary>
    private static MasterplanContent Mix(MasterplanContent a, MasterplanContent b, int mask)
    {
        bool From(int bit) => (mask & (1 << bit)) != 0;
        return a with
        {
            Region = From(0) ? b.Region : a.Region,
            Title = From(1) ? b.Title : a.Title,
            Period = From(2) ? b.Period : a.Period,
            Terms = From(3) ? b.Terms : a.Terms,
            Vision = From(4) ? b.Vision : a.Vision,
            Missions = From(5) ? b.Missions : a.Missions,
            Narratives = From(6) ? b.Narratives : a.Narratives,
            OwnElements = From(7) ? b.OwnElements : a.OwnElements,
            ReadinessScale = From(8) ? b.ReadinessScale : a.ReadinessScale,
            Readiness = From(9) ? b.Readiness : a.Readiness,
            Swot = From(10) ? b.Swot : a.Swot,
            Strategies = From(11) ? b.Strategies : a.Strategies,
            Agencies = From(12) ? b.Agencies : a.Agencies,
            CriteriaScale = From(13) ? b.CriteriaScale : a.CriteriaScale,
            Criteria = From(14) ? b.Criteria : a.Criteria,
            CriteriaComparisons = From(15) ? b.CriteriaComparisons : a.CriteriaComparisons,
            Programmes = From(16) ? b.Programmes : a.Programmes,
            Ceilings = From(17) ? b.Ceilings : a.Ceilings,
            Indicators = From(18) ? b.Indicators : a.Indicators,
            Targets = From(19) ? b.Targets : a.Targets,
            Scenarios = From(20) ? b.Scenarios : a.Scenarios,
        };
    }

    private static Programme NewProgramme() =>
        new(new ProgrammeCode("SOC-02"), new LocalizedText("Literasi Digital"), Dimension.Society, new ElementCode("learning"), new AgencyCode("DISKOMINFO"), 1,
            [new CostLine(new FiscalYear(2023), FundingSource.Apbd, new Rupiah(40_000_000))]);
}
