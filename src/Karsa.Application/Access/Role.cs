namespace Karsa.Application.Access;

/// <summary>A user's role. Each account has exactly one; what it allows is decided by <see cref="AccessPolicy"/>.</summary>
public enum Role
{
    /// <summary>Runs the installation: manages every account and reads everything, edits no plan.</summary>
    SystemAdministrator,

    /// <summary>Ministry evaluator: reads every region (drafts included) and the national view; edits none.</summary>
    MinistryEvaluator,

    /// <summary>Region administrator: manages the accounts of their region and reads its audit log.</summary>
    RegionAdministrator,

    /// <summary>Planner (Diskominfo, Bappeda): edits their region's drafts, runs and adopts roadmaps, publishes.</summary>
    Planner,

    /// <summary>Agency (OPD) reporter: reads their region's plan and reports on their agency's programmes only.</summary>
    AgencyReporter,

    /// <summary>Viewer: reads their region's plan, drafts included.</summary>
    Viewer,
}
