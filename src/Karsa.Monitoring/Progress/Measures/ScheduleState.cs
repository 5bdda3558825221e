namespace Karsa.Monitoring.Progress.Measures;

/// <summary>What holds for a programme against the adopted roadmap as of a year; several may hold at once.</summary>
[Flags]
public enum ScheduleState
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>The adopted roadmap does not run it.</summary>
    NotScheduled = 1,

    /// <summary>Its latest report says it was cancelled.</summary>
    Cancelled = 1 << 1,

    /// <summary>Its latest report says it is completed.</summary>
    Completed = 1 << 2,

    /// <summary>The year is before its adopted start.</summary>
    NotYetDue = 1 << 3,

    /// <summary>It should have started by the year but has no report, or its latest says not started.</summary>
    NotStarted = 1 << 4,

    /// <summary>Its progress is below the linear share of its run minus the tolerance, or it is past its last year unfinished.</summary>
    Late = 1 << 5,

    /// <summary>Its latest report says it is stalled.</summary>
    Stalled = 1 << 6,

    /// <summary>Realised money from some source exceeds the planned money by more than the tolerance.</summary>
    OverBudget = 1 << 7,

    /// <summary>Realised money from some source falls short of the planned money by more than the tolerance.</summary>
    UnderBudget = 1 << 8,

    /// <summary>Started and not late.</summary>
    OnSchedule = 1 << 9,
}
