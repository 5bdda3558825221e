using Karsa.Application.Editing;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Testing;

namespace Karsa.Application.Tests.Editing;

public sealed class PlanSectionsFormTests
{
    private static readonly PlanSections Sections = new(
        new SupportingInfrastructure(Network: new LocalizedText("Jaringan serat optik.", "Fibre network.")),
        null,
        new ChangeManagement(CitizenRole: "Warga melapor."),
        new FinancingAndStakeholders("Gambaran.", [new FinancingPattern(FundingSource.Csr, "CSR untuk WiFi desa."), new FinancingPattern(FundingSource.Apbd, "APBD inti.")],
            [new Stakeholder("Perguruan tinggi", new LocalizedText("Kajian", "Research"))]));

    private static Masterplan Plan(PlanSections sections) => Masterplan.Create(SamplePlans.Minimal() with { Sections = sections });

    [Fact]
    public void Stored_sections_fill_the_form_patterns_first_in_their_order_and_save_back_unchanged()
    {
        var plan = Plan(Sections);

        var fields = PlanSectionsForm.Of(plan);
        var edits = PlanSectionsForm.Edits(plan, fields);

        Assert.Equal([FundingSource.Csr, FundingSource.Apbd], PlanSectionsForm.PatternSources(plan).Take(2));
        Assert.Equal(("Fibre network.", "Warga melapor.", "Research"), (fields["sections.infrastructure.network.en"], fields["sections.change.roles.citizens.id"],
            fields["sections.financing.stakeholders[0].role.en"]));
        Assert.Empty(edits.Problems);
        Assert.Empty(edits.Edits);
    }

    [Fact]
    public void Typed_sections_round_trip_and_a_chapter_naming_nothing_is_absent()
    {
        var empty = Plan(PlanSections.None);
        var typed = PlanSectionsForm.Of(Plan(Sections));
        var fields = new FormFields(typed.Values.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))
            .Where(p => !p.Key.StartsWith("sections.financing.patterns.csr", StringComparison.Ordinal)));

        var set = Assert.IsType<SetPlanSections>(Assert.Single(PlanSectionsForm.Edits(empty, fields).Edits)).Sections;

        Assert.Equal(Sections.Infrastructure, set.Infrastructure);
        Assert.Null(set.Institutions);
        Assert.Equal(Sections.Change, set.Change);
        Assert.Equal([FundingSource.Apbd], set.Financing!.Patterns.Select(p => p.Source));
        Assert.Equal(Sections.Financing!.Stakeholders, set.Financing.Stakeholders);
    }

    [Fact]
    public void A_stakeholder_without_a_role_and_one_named_twice_are_refused_at_their_fields()
    {
        var plan = Plan(Sections);
        var typed = PlanSectionsForm.Of(plan).Values.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        var noRole = new FormFields([.. typed, new("sections.financing.stakeholders[1].name.id", "Komunitas")]);
        var twice = new FormFields([.. typed, new("sections.financing.stakeholders[1].name.id", "perguruan tinggi"), new("sections.financing.stakeholders[1].role.id", "Lain")]);

        var missing = Assert.Single(PlanSectionsForm.Edits(plan, noRole).Problems);
        var duplicate = Assert.Single(PlanSectionsForm.Edits(plan, twice).Problems);

        Assert.Equal(("KRS007", "sections.financing.stakeholders[1].role.id"), (missing.Code, missing.Path));
        Assert.Equal(("KRS151", "sections.financing.stakeholders[1].name"), (duplicate.Code, duplicate.Path));
    }

    [Fact]
    public void The_form_offers_a_pattern_for_every_source_the_plan_knows_and_a_blank_stakeholder_row()
    {
        var plan = Plan(PlanSections.None);

        Assert.Equal(FundingSourceCatalog.NationalDefaults.Select(d => d.Source), PlanSectionsForm.PatternSources(plan));
        Assert.Equal(FormRows.Blank, PlanSectionsForm.StakeholderRows(plan));
        Assert.Contains("sections.financing.patterns.dana-desa.id", PlanSectionsForm.Fields(plan));
    }
}
