using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using static Karsa.Domain.Tests.Edits.EditFixtures;

namespace Karsa.Domain.Tests.Edits;

public sealed class DraftTests
{
    [Fact]
    public void A_published_plan_has_no_draft_to_edit()
    {
        var published = Masterplan.Create(Content() with { State = PlanState.Published });

        Assert.Null(published.AsDraft());
    }

    [Fact]
    public void A_draft_is_the_plan_it_came_from()
    {
        var plan = Masterplan.Create(Content());

        Assert.Same(plan, plan.AsDraft()!.Plan);
    }

    [Fact]
    public void An_edit_leaves_the_draft_it_was_applied_to_unchanged()
    {
        var draft = Draft();
        var before = draft.Plan.Content;

        var result = draft.Apply(new RemoveProgramme(new ProgrammeCode("ECO-01")));

        Assert.True(result.Succeeded);
        Assert.Equal(before, draft.Plan.Content);
        Assert.NotEqual(before, result.Plan.Content);
    }

    [Fact]
    public void An_edited_plan_keeps_its_warnings_and_stays_editable()
    {
        var draft = Draft();

        var result = draft.Apply(new SetCeiling(new FiscalYear(2025), FundingSource.Apbd, null));

        Assert.Contains(result.Plan!.Warnings, w => w.Code == "KRS104" && w.Path == "budget");
        Assert.NotNull(result.Plan.AsDraft());
    }

    [Fact]
    public void An_empty_change_gives_the_same_plan()
    {
        var draft = Draft();

        Assert.Equal(draft.Plan, draft.Apply([]).Plan);
    }
}
