namespace Karsa.Application.Access;

/// <summary>Something a request wants to do, to a region or (for national permissions) to all of them.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A permission is what it is called in every access-control vocabulary.")]
public enum Permission
{
    /// <summary>Read a region's published plans, roadmap and book (anyone, signed in or not).</summary>
    ReadPublished,

    /// <summary>Read a region's drafts and every version's details.</summary>
    ReadDrafts,

    /// <summary>Change a region's draft (fields, programmes, import of a plan file, new draft).</summary>
    EditDraft,

    /// <summary>Run the roadmap optimizer, what-ifs and scenarios on a region's plan.</summary>
    RunPlanning,

    /// <summary>Adopt a roadmap into a region's draft.</summary>
    AdoptRoadmap,

    /// <summary>Publish a region's draft.</summary>
    Publish,

    /// <summary>Report progress on a region's programmes (an agency reporter: their agency's only).</summary>
    ReportProgress,

    /// <summary>Record a region's indicator observations (import a CSV file of them).</summary>
    RecordObservations,

    /// <summary>Load an indicator definitions file for a region (planners), or for the whole installation (system administrators).</summary>
    LoadDefinitions,

    /// <summary>Manage a region's accounts (all accounts when national).</summary>
    ManageUsers,

    /// <summary>Read a region's audit log (all of it when national).</summary>
    ReadAudit,

    /// <summary>Read the national view: every region, plan states and totals.</summary>
    ReadNational,

    /// <summary>Manage a region's reporting calendar (periods, due dates, reminders) and read its overdue list.</summary>
    ManageReportingCalendar,
    /// <summary>Set how a region measures progress: its status list and the roll-up's weighting (planners).</summary>
    ConfigureProgress,

    /// <summary>Run the ministry's evaluation: cycles, instruments, state moves, verification, findings, publishing (as ministry and evaluator).</summary>
    ManageEvaluation,

    /// <summary>Fill a region's self-assessment in an evaluation cycle (as the region).</summary>
    SelfAssess,

    /// <summary>Read a region's unpublished evaluation: its self-assessment, verified scores and findings.</summary>
    ReadEvaluation,
}
