using Karsa.Domain.Catalogue;
using Karsa.Domain.Edits;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using static Karsa.Domain.Tests.Edits.EditFixtures;

namespace Karsa.Domain.Tests.Edits;

public sealed class ProgrammeEditTests
{
    private static readonly ProgrammeCode Gov01 = new("GOV-01");
    private static readonly ProgrammeCode Gov02 = new("GOV-02");

    [Fact]
    public void Adding_a_programme_puts_it_last()
    {
        var draft = Draft();
        var added = Make("ENV-01", Dimension.Environment, "waste");

        var plan = Edited(draft.Apply(new AddProgramme(added)), draft);

        Assert.Equal(["GOV-01", "GOV-02", "ECO-01", "ENV-01"], plan.Programmes.Select(p => p.Code.Value));
        Assert.Equal(added, plan.Programmes[3]);
    }

    [Fact]
    public void Adding_a_programme_with_a_taken_code_is_refused_at_its_code()
    {
        var problem = Refusal(Draft().Apply(new AddProgramme(Make("GOV-02"))));

        Assert.Equal(("KRS030", "programmes[3].code"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Adding_a_programme_led_by_an_unknown_agency_is_refused_at_its_lead()
    {
        var problem = Refusal(Draft().Apply(new AddProgramme(Make("GOV-03", lead: "DISHUB"))));

        Assert.Equal(("KRS040", "programmes[3].lead"), (problem.Code, problem.Path));
    }

    [Fact]
    public void A_part_refused_while_building_the_edit_is_reported_at_its_field_under_the_part()
    {
        var draft = Draft();
        var code = new ProgrammeCode("GOV-03");

        var problem = Refusal(draft.Apply(draft.PathOf(code), () => new AddProgramme(Make(code.Value, duration: 0))));

        Assert.Equal(("KRS016", "programmes[3].duration"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Changing_a_programme_replaces_it_in_place()
    {
        var draft = Draft();
        var changed = Copy(draft.Plan.Programme(Gov02), name: new LocalizedText("Nama baru", "New name"));

        var plan = Edited(draft.Apply(new ChangeProgramme(Gov02, changed)), draft);

        Assert.Equal(changed, plan.Programmes[1]);
        Assert.Equal(draft.Plan.Content with { Programmes = plan.Programmes }, plan);
        Assert.Equal(draft.Plan.Programmes.Where(p => p.Code != Gov02), plan.Programmes.Where(p => p.Code != Gov02));
    }

    [Fact]
    public void Changing_a_programme_in_a_way_the_rules_refuse_is_reported_at_that_field()
    {
        var draft = Draft();
        var wrongElement = Make("GOV-02", element: "waste", dependsOn: [new Dependency(Gov01)]);

        var problem = Refusal(draft.Apply(new ChangeProgramme(Gov02, wrongElement)));

        Assert.Equal(("KRS022", "programmes[1].element"), (problem.Code, problem.Path));
    }

    [Fact]
    public void A_constructor_refusal_while_changing_a_programme_is_reported_under_its_path()
    {
        var draft = Draft();

        var problem = Refusal(draft.Apply(draft.PathOf(Gov02), () => new ChangeProgramme(Gov02, Make("GOV-02", dependsOn: [new(Gov01), new(Gov01)]))));

        Assert.Equal(("KRS006", "programmes[1].dependsOn"), (problem.Code, problem.Path));
    }

    [Fact]
    public void Changing_or_removing_a_programme_that_does_not_exist_is_reported_at_the_programmes()
    {
        var missing = new ProgrammeCode("GOV-99");

        var changed = Refusal(Draft().Apply(new ChangeProgramme(missing, Make("GOV-99"))));
        var removed = Refusal(Draft().Apply(new RemoveProgramme(missing)));

        Assert.Equal(("KRS046", "programmes"), (changed.Code, changed.Path));
        Assert.Equal(("KRS046", "programmes"), (removed.Code, removed.Path));
        Assert.Contains("GOV-99", removed.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_programme_keeps_the_others_in_order()
    {
        var draft = Draft();

        var plan = Edited(draft.Apply(new RemoveProgramme(Gov02)), draft);

        Assert.Equal(["GOV-01", "ECO-01"], plan.Programmes.Select(p => p.Code.Value));
    }

    [Fact]
    public void Removing_a_programme_others_depend_on_is_reported_at_the_dependants_item_as_the_draft_numbers_it()
    {
        var draft = Draft();
        var eco = Make("ECO-01", Dimension.Economy, "industry", dependsOn: [new(Gov02), new(Gov01)]);
        var withDependant = Edited(draft.Apply(new ChangeProgramme(new ProgrammeCode("ECO-01"), eco)), draft);
        var second = Masterplan(withDependant).AsDraft()!;

        var problems = second.Apply(new RemoveProgramme(Gov01)).Problems;

        // GOV-02 (programmes[1]) and ECO-01 (programmes[2]) are one place up once GOV-01 is gone; the
        // paths name them where the draft the user sees has them.
        Assert.Equal(
            [("KRS031", "programmes[1].dependsOn[0]"), ("KRS031", "programmes[2].dependsOn[1]")],
            problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public void Removing_a_programme_with_its_dependants_in_one_change_succeeds()
    {
        var draft = Draft();

        var plan = Edited(draft.Apply([new RemoveProgramme(Gov02), new RemoveProgramme(Gov01)]), draft);

        Assert.Equal(["ECO-01"], plan.Programmes.Select(p => p.Code.Value));
    }

    [Fact]
    public void A_refused_edit_in_a_change_is_reported_in_the_drafts_terms_and_nothing_applies()
    {
        var draft = Draft();

        var result = draft.Apply([new RemoveProgramme(Gov01), new ChangeProgramme(new ProgrammeCode("ECO-01"), Make("ECO-01", lead: "DISHUB"))]);

        Assert.Equal([("KRS031", "programmes[1].dependsOn[0]"), ("KRS040", "programmes[2].lead")], result.Problems.Select(p => (p.Code, p.Path)));
        Assert.Null(result.Plan);
    }

    [Fact]
    public void The_path_of_a_programme_is_its_place_or_where_it_would_be_added()
    {
        var draft = Draft();

        Assert.Equal("programmes[1]", draft.PathOf(Gov02));
        Assert.Equal("programmes[3]", draft.PathOf(new ProgrammeCode("NEW-01")));
    }

    private static Karsa.Domain.Plans.Masterplan Masterplan(Karsa.Domain.Plans.MasterplanContent content) => Karsa.Domain.Plans.Masterplan.Create(content);
}
