using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using static Karsa.Domain.Tests.Edits.EditFixtures;

namespace Karsa.Domain.Tests.Edits;

public sealed class FundingSourceAndValueModelEditTests
{
    private static readonly FundingSource Baznas = new("baznas");
    private static readonly FundingSource Hibah = new("hibah-provinsi");

    private static FundingSourceDefinition Source(FundingSource source, string name) => new(source, name);

    private static DraftPlan WithSources(params FundingSourceDefinition[] added) =>
        Masterplan.Create(Draft().Plan.Content with { FundingSources = new FundingSourceCatalog([.. added]) }).AsDraft()!;

    private static DraftPlan WithPattern() => Then(WithSources(Source(Baznas, "BAZNAS")),
        new SetPlanSections(new PlanSections(Financing: new FinancingAndStakeholders(patterns: [new FinancingPattern(Baznas, "Zakat")]))));

    private static DraftPlan Then(DraftPlan draft, PlanEdit edit) => Masterplan.Create(Edited(draft.Apply(edit), draft)).AsDraft()!;

    [Fact]
    public void A_new_source_goes_after_the_plans_others_and_a_changed_one_keeps_its_place()
    {
        var draft = WithSources(Source(Baznas, "BAZNAS"));

        var added = Edited(draft.Apply(new SetFundingSource(Source(Hibah, "Hibah Provinsi"))), draft);
        var renamed = Edited(draft.Apply(new SetFundingSource(new FundingSourceDefinition(Baznas, "Baznas Kabupaten", "Zakat"), Baznas)), draft);

        Assert.Equal([Baznas, Hibah], added.FundingSources.Additions.Select(d => d.Source));
        Assert.Equal("Baznas Kabupaten", renamed.FundingSources.Name(Baznas).Indonesian);
        Assert.Equal("Zakat", renamed.FundingSources.Definition(Baznas).Description!.Indonesian);
        Assert.Single(renamed.FundingSources.Additions);
    }

    [Fact]
    public void A_source_with_a_defaults_key_is_refused_at_its_key()
    {
        var problem = Refusal(WithSources(Source(Baznas, "BAZNAS")).Apply(new SetFundingSource(Source(FundingSource.Apbd, "APBD lagi"))));

        Assert.Equal(("KRS147", "fundingSources[1].key"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Removing_a_source_a_ceiling_names_is_refused_where_the_ceiling_names_it()
    {
        var draft = Then(WithSources(Source(Baznas, "BAZNAS")),
            new SetCeiling(new FiscalYear(2025), Baznas, new Rupiah(5_000_000)));

        var problem = Refusal(draft.Apply(new RemoveFundingSource(Baznas)));

        Assert.Equal(("KRS146", "budget.2025.baznas"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Removing_a_source_a_financing_pattern_names_is_refused_at_the_pattern()
    {
        var draft = WithPattern();

        var problem = Refusal(draft.Apply(new RemoveFundingSource(Baznas)));

        Assert.Equal(("KRS146", "sections.financing.patterns.baznas"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Changing_the_key_of_a_source_a_pattern_names_is_refused_at_the_pattern()
    {
        var draft = WithPattern();

        var problem = Refusal(draft.Apply(new SetFundingSource(Source(new FundingSource("zakat"), "Zakat"), Baznas)));

        Assert.Equal(("KRS146", "sections.financing.patterns.baznas"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Removing_an_unused_source_keeps_the_others_and_removing_a_default_changes_nothing()
    {
        var draft = WithSources(Source(Baznas, "BAZNAS"), Source(Hibah, "Hibah"));

        var removed = Edited(draft.Apply(new RemoveFundingSource(Baznas)), draft);
        var untouched = Edited(draft.Apply(new RemoveFundingSource(FundingSource.Apbd)), draft);

        Assert.Equal([Hibah], removed.FundingSources.Additions.Select(d => d.Source));
        Assert.Equal(draft.Plan.Content, untouched);
    }

    [Fact]
    public void The_value_model_is_set_and_reset_to_the_defaults()
    {
        var draft = Draft();

        var set = Edited(draft.Apply(new SetValueModel(new ValueModel(15, 3.5m))), draft);
        var reset = Edited(Masterplan.Create(set).AsDraft()!.Apply(new SetValueModel(ValueModel.Default)), draft);

        Assert.Equal((15, 3.5m), (set.ValueModel.BenefitLifeYears, set.ValueModel.DiscountRatePercent));
        Assert.Equal(draft.Plan.Content, reset);
    }

    [Fact]
    public void A_benefit_life_out_of_range_is_refused_at_its_field()
    {
        var problem = Refusal(Draft().Apply("valueModel", () => new SetValueModel(new ValueModel(0))));

        Assert.Equal("valueModel.benefitLifeYears", problem.Path);
    }
}
