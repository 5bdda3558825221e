using Karsa.Application.Editing;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;
using Karsa.Testing;

namespace Karsa.Application.Tests.Editing;

public sealed class ValueModelAndFundingSourceFormTests
{
    private static readonly FundingSource Baznas = new("baznas");

    private static Masterplan Plan() => Masterplan.Create(SamplePlans.Minimal() with
    {
        ValueModel = new ValueModel(15, 3.5m),
        FundingSources = new FundingSourceCatalog([new FundingSourceDefinition(Baznas, new("BAZNAS", "Zakat agency"), new("Zakat"))]),
    });

    private static FormFields Fields(params (string Field, string Value)[] values) =>
        new(values.Select(v => new KeyValuePair<string, string?>(v.Field, v.Value)));

    [Fact]
    public void The_value_model_shows_in_Indonesian_form_and_reads_back()
    {
        var plan = Plan();

        var fields = ValueModelForm.Of(plan);
        var unchanged = ValueModelForm.Edits(plan, fields);
        var changed = ValueModelForm.Edits(plan, Fields((ValueModelForm.BenefitLife, "20"), (ValueModelForm.DiscountRate, "2,25")));

        Assert.Equal(("15", "3,5"), (fields[ValueModelForm.BenefitLife], fields[ValueModelForm.DiscountRate]));
        Assert.Empty(unchanged.Edits);
        var set = Assert.IsType<SetValueModel>(Assert.Single(changed.Edits)).ValueModel;
        Assert.Equal((20, 2.25m), (set.BenefitLifeYears, set.DiscountRatePercent));
    }

    [Fact]
    public void Blank_value_model_fields_take_the_defaults()
    {
        var edits = ValueModelForm.Edits(Plan(), FormFields.Empty);

        Assert.Equal(ValueModel.Default, Assert.IsType<SetValueModel>(Assert.Single(edits.Edits)).ValueModel);
    }

    [Theory]
    [InlineData(ValueModelForm.BenefitLife, "0", "valueModel.benefitLifeYears")]
    [InlineData(ValueModelForm.BenefitLife, "sepuluh", "valueModel.benefitLifeYears")]
    [InlineData(ValueModelForm.DiscountRate, "1,234", "valueModel.discountRatePercent")]
    [InlineData(ValueModelForm.DiscountRate, "101", "valueModel.discountRatePercent")]
    public void A_bad_value_model_field_is_refused_at_it(string field, string typed, string path)
    {
        var edits = ValueModelForm.Edits(Plan(), Fields((field, typed)));

        Assert.Empty(edits.Edits);
        Assert.Equal(path, Assert.Single(edits.Problems).Path);
    }

    [Fact]
    public void A_funding_source_round_trips_through_its_form()
    {
        var plan = Plan();

        var fields = ItemForm.FundingSources.Filled(plan, "baznas");
        var edit = Assert.IsType<SetFundingSource>(Assert.Single(ItemForm.FundingSources.Edits(plan, "baznas", fields).Edits));

        Assert.Equal(("baznas", "Zakat agency"), (fields["key"], fields["name.en"]));
        Assert.Equal(plan.Content.FundingSources.Additions[0], edit.Definition);
        Assert.Equal(Baznas, edit.Replacing);
    }

    [Fact]
    public void A_new_funding_source_with_a_malformed_key_and_no_name_is_refused_at_both_fields()
    {
        var plan = Plan();

        var edits = ItemForm.FundingSources.Edits(plan, null, Fields(("key", "Hibah Provinsi")));

        Assert.Equal([("KRS148", "fundingSources[1].key"), ("KRS007", "fundingSources[1].name.id")], edits.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Defaults_are_not_items_of_the_form_and_an_unused_source_may_be_deleted()
    {
        var plan = Plan();

        Assert.False(ItemForm.FundingSources.Exists(plan, "apbd"));
        Assert.Empty(ItemForm.FundingSources.DeleteRefusals(plan, "baznas"));
    }
}
