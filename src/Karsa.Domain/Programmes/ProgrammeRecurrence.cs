namespace Karsa.Domain.Programmes;

/// <summary>How a running or existing service repeats; it has no end of its own unless a duration is stated.</summary>
public enum ProgrammeRecurrence
{
    /// <summary>Nothing stated.</summary>
    None,

    /// <summary>Carried out again every fiscal year (e.g. a yearly festival or training round).</summary>
    Yearly,

    /// <summary>A continuous service without an end.</summary>
    OpenEnded,
}
