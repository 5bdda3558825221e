using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Application.Access;

/// <summary>
/// The one place where Karsa decides who may do what to which region. Pages, the API and the jobs all
/// ask it; nothing else grants access. The region is always the request's own (the route's), never one
/// named inside uploaded content.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Permission</term><description>Who</description></listheader>
/// <item><term>ReadPublished</term><description>everyone, anonymous visitors included</description></item>
/// <item><term>ReadDrafts</term><description>national roles: every region; every other role: their own region</description></item>
/// <item><term>EditDraft, RunPlanning, AdoptRoadmap, Publish</term><description>planners of the region</description></item>
/// <item><term>ReportProgress</term><description>planners and agency reporters of the region (a reporter's own agency is checked per programme)</description></item>
/// <item><term>RecordObservations</term><description>planners of the region</description></item>
/// <item><term>LoadDefinitions</term><description>planners of the region; for the installation (no region), system administrators</description></item>
/// <item><term>ManageUsers, ReadAudit</term><description>system administrators; region administrators of the region</description></item>
/// <item><term>ReadNational</term><description>system administrators and ministry evaluators</description></item>
/// <item><term>ManageReportingCalendar, ConfigureProgress</term><description>planners of the region</description></item>
/// <item><term>ManageEvaluation</term><description>system administrators and ministry evaluators (the evaluation's ministry and evaluator)</description></item>
/// <item><term>SelfAssess</term><description>planners of the region (the evaluation's region)</description></item>
/// <item><term>ReadEvaluation</term><description>national roles: every region; every other role: their own region (a published result is ReadPublished)</description></item>
/// </list>
/// An evaluation action is allowed when the permission it needs holds and <see cref="EvaluationPolicy"/>
/// lets the party the actor acts as do it in the cycle's state (<see cref="AllowsEvaluation"/>).
/// </remarks>
public static class AccessPolicy
{
    /// <summary>
    /// True when <paramref name="actor"/> (null: anonymous) may do <paramref name="permission"/> to
    /// <paramref name="region"/> (null: to the installation as a whole, e.g. the national view or all
    /// accounts).
    /// </summary>
    public static bool Allows(Actor? actor, Permission permission, RegionCode? region)
    {
        if (permission == Permission.ReadPublished)
        {
            return true;
        }

        if (actor is null)
        {
            return false;
        }

        var ownRegion = region is { } wanted && actor.Region is { } own && own == wanted;
        return permission switch
        {
            Permission.ReadDrafts => actor.IsNational || ownRegion,
            Permission.EditDraft or Permission.RunPlanning or Permission.AdoptRoadmap or Permission.Publish or Permission.RecordObservations =>
                actor.Role == Role.Planner && ownRegion,
            Permission.ReportProgress => actor.Role is Role.Planner or Role.AgencyReporter && ownRegion,
            Permission.ManageUsers or Permission.ReadAudit =>
                actor.Role == Role.SystemAdministrator || (actor.Role == Role.RegionAdministrator && ownRegion),
            Permission.LoadDefinitions => region is null ? actor.Role == Role.SystemAdministrator : actor.Role == Role.Planner && ownRegion,
            Permission.ManageReportingCalendar or Permission.ConfigureProgress => actor.Role == Role.Planner && ownRegion,
            Permission.ReadNational or Permission.ManageEvaluation => actor.IsNational,
            Permission.SelfAssess => actor.Role == Role.Planner && ownRegion,
            Permission.ReadEvaluation => actor.IsNational || ownRegion,
            _ => false,
        };
    }

    /// <summary>
    /// True when <paramref name="actor"/> may report on a programme led by <paramref name="agency"/> in
    /// <paramref name="region"/>: a planner of the region on any, an agency reporter on their agency's only.
    /// </summary>
    public static bool AllowsReportOn(Actor? actor, RegionCode region, string agency) =>
        Allows(actor, Permission.ReportProgress, region)
        && (actor!.Role == Role.Planner || string.Equals(actor.Agency, agency, StringComparison.Ordinal));

    /// <summary>
    /// The party <paramref name="actor"/> acts as when doing <paramref name="action"/> to
    /// <paramref name="region"/>'s evaluation (null: the cycle as a whole), or null when the actor's role
    /// may not: the region's own self-assessment needs <see cref="Permission.SelfAssess"/> (as the
    /// region); verifying and findings need <see cref="Permission.ManageEvaluation"/> (as the evaluator);
    /// the rest needs it too (as the ministry).
    /// </summary>
    public static EvaluationParty? EvaluationPartyFor(Actor? actor, EvaluationAction action, RegionCode? region)
    {
        var (permission, party) = action switch
        {
            EvaluationAction.EditSelfAssessment => (Permission.SelfAssess, EvaluationParty.Region),
            EvaluationAction.Verify or EvaluationAction.WriteFindings => (Permission.ManageEvaluation, EvaluationParty.Evaluator),
            _ => (Permission.ManageEvaluation, EvaluationParty.Ministry),
        };
        return Allows(actor, permission, region) ? party : null;
    }

    /// <summary>
    /// True when <paramref name="actor"/> may do <paramref name="action"/> to <paramref name="region"/>'s
    /// evaluation in a cycle in <paramref name="state"/>: the role check of <see cref="EvaluationPartyFor"/>,
    /// then <see cref="EvaluationPolicy"/>'s table of states as the second check.
    /// </summary>
    public static bool AllowsEvaluation(Actor? actor, EvaluationAction action, CycleState state, RegionCode? region) =>
        EvaluationPartyFor(actor, action, region) is { } party && EvaluationPolicy.Allows(state, party, action);
}
