namespace Karsa.Monitoring.Indicators;

/// <summary>Where an indicator stands against its target trajectory.</summary>
public enum IndicatorStatus
{
    /// <summary>At, ahead of, or within the on-track tolerance of the trajectory.</summary>
    OnTrack,

    /// <summary>Behind the trajectory, within the at-risk tolerance.</summary>
    AtRisk,

    /// <summary>Behind the trajectory beyond the at-risk tolerance.</summary>
    OffTrack,

    /// <summary>No observation up to the evaluation date.</summary>
    NotReported,

    /// <summary>The latest observation is older than the rule allows.</summary>
    Stale,

    /// <summary>Observed, but the indicator has neither baseline nor target to compare with.</summary>
    NoTrajectory,
}
