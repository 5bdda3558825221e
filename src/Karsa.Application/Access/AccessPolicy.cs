using Karsa.Domain.Primitives;

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
/// <item><term>ManageReportingCalendar</term><description>planners of the region</description></item>
/// </list>
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
            Permission.ReadNational => actor.IsNational,
            Permission.ManageReportingCalendar => actor.Role == Role.Planner && ownRegion,
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
}
