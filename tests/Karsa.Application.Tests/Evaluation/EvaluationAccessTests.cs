using Karsa.Application.Access;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Application.Tests.Evaluation;

/// <summary>Who may act in the ministry's evaluation: roles mapped to parties by AccessPolicy, then the cycle's state table.</summary>
public class EvaluationAccessTests
{
    private static readonly RegionCode Own = new("33.13");
    private static readonly RegionCode Other = new("33.72");

    private static Actor As(Role role) => new("someone", role, role is Role.SystemAdministrator or Role.MinistryEvaluator ? null : Own, role == Role.AgencyReporter ? "DISKOMINFO" : null);

    [Theory]
    [InlineData(Role.SystemAdministrator, EvaluationAction.Verify, EvaluationParty.Evaluator)]
    [InlineData(Role.MinistryEvaluator, EvaluationAction.Verify, EvaluationParty.Evaluator)]
    [InlineData(Role.MinistryEvaluator, EvaluationAction.WriteFindings, EvaluationParty.Evaluator)]
    [InlineData(Role.MinistryEvaluator, EvaluationAction.Publish, EvaluationParty.Ministry)]
    [InlineData(Role.MinistryEvaluator, EvaluationAction.EditInstrument, EvaluationParty.Ministry)]
    [InlineData(Role.Planner, EvaluationAction.EditSelfAssessment, EvaluationParty.Region)]
    public void A_role_acts_as_its_party(Role role, EvaluationAction action, EvaluationParty party) =>
        Assert.Equal(party, AccessPolicy.EvaluationPartyFor(As(role), action, Own));

    [Fact]
    public void A_ministry_evaluator_cannot_change_a_regions_self_assessment_in_any_state()
    {
        foreach (var role in new[] { Role.MinistryEvaluator, Role.SystemAdministrator })
        {
            Assert.Null(AccessPolicy.EvaluationPartyFor(As(role), EvaluationAction.EditSelfAssessment, Own));
            Assert.All(Enum.GetValues<CycleState>(), state => Assert.False(AccessPolicy.AllowsEvaluation(As(role), EvaluationAction.EditSelfAssessment, state, Own)));
        }
    }

    [Fact]
    public void Only_a_planner_of_the_region_fills_its_self_assessment_and_only_while_the_cycle_is_open()
    {
        Assert.True(AccessPolicy.AllowsEvaluation(As(Role.Planner), EvaluationAction.EditSelfAssessment, CycleState.OpenForSelfAssessment, Own));
        Assert.False(AccessPolicy.AllowsEvaluation(As(Role.Planner), EvaluationAction.EditSelfAssessment, CycleState.OpenForSelfAssessment, Other));
        Assert.False(AccessPolicy.AllowsEvaluation(As(Role.Planner), EvaluationAction.EditSelfAssessment, CycleState.Verification, Own));
        foreach (var role in new[] { Role.RegionAdministrator, Role.AgencyReporter, Role.Viewer })
        {
            Assert.False(AccessPolicy.AllowsEvaluation(As(role), EvaluationAction.EditSelfAssessment, CycleState.OpenForSelfAssessment, Own));
        }

        Assert.False(AccessPolicy.AllowsEvaluation(null, EvaluationAction.EditSelfAssessment, CycleState.OpenForSelfAssessment, Own));
    }

    [Fact]
    public void A_region_reads_its_own_unpublished_evaluation_and_no_other_while_national_roles_read_all()
    {
        foreach (var role in new[] { Role.RegionAdministrator, Role.Planner, Role.AgencyReporter, Role.Viewer })
        {
            Assert.True(AccessPolicy.Allows(As(role), Permission.ReadEvaluation, Own));
            Assert.False(AccessPolicy.Allows(As(role), Permission.ReadEvaluation, Other));
        }

        Assert.True(AccessPolicy.Allows(As(Role.MinistryEvaluator), Permission.ReadEvaluation, Other));
        Assert.False(AccessPolicy.Allows(null, Permission.ReadEvaluation, Own));
    }

    [Fact]
    public void A_region_neither_verifies_nor_publishes_and_the_state_table_is_the_second_check()
    {
        Assert.Null(AccessPolicy.EvaluationPartyFor(As(Role.Planner), EvaluationAction.Verify, Own));
        Assert.Null(AccessPolicy.EvaluationPartyFor(As(Role.Planner), EvaluationAction.Publish, null));
        Assert.True(AccessPolicy.AllowsEvaluation(As(Role.MinistryEvaluator), EvaluationAction.Verify, CycleState.Verification, Own));
        Assert.False(AccessPolicy.AllowsEvaluation(As(Role.MinistryEvaluator), EvaluationAction.Verify, CycleState.Published, Own));
        Assert.False(AccessPolicy.AllowsEvaluation(As(Role.MinistryEvaluator), EvaluationAction.Publish, CycleState.OpenForSelfAssessment, null));
    }
}
