namespace Karsa.Domain.Programmes;

/// <summary>
/// Whether a programme is new work the roadmap planner may schedule, or a service already under way
/// that the roadmap keeps where it is.
/// </summary>
public enum DeliveryStatus
{
    /// <summary>New work: the planner chooses its start year (the default).</summary>
    New,

    /// <summary>Already being carried out when the plan starts (a project under way).</summary>
    Running,

    /// <summary>An existing service the plan keeps operating.</summary>
    Existing,
}
