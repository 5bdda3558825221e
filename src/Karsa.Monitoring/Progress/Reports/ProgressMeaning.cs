namespace Karsa.Monitoring.Progress.Reports;

/// <summary>What a reporting status means for the progress and schedule rules.</summary>
public enum ProgressMeaning
{
    /// <summary>Work has not begun; progress is 0 %.</summary>
    NotStarted,

    /// <summary>Work is going on.</summary>
    UnderWay,

    /// <summary>Work has begun but is held up.</summary>
    Stalled,

    /// <summary>Work is done; progress is 100 %.</summary>
    Completed,

    /// <summary>The programme was dropped; it leaves the roll-up.</summary>
    Cancelled,
}
