using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Reports;

/// <summary>
/// A milestone of a programme: its name, the date it was planned for and the date it was reached
/// (null: not yet). Invariant: the name is not blank and at most <see cref="MaxNameLength"/> characters.
/// </summary>
public sealed record Milestone
{
    /// <summary>The longest name accepted.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Creates a milestone (problem at <c>name</c>).</summary>
    public Milestone(string name, DateOnly planned, DateOnly? actual)
    {
        Name = ProgressFields.Text(name, new LocalizedText("nama tonggak", "milestone name"), MaxNameLength, "name");
        (Planned, Actual) = (planned, actual);
    }

    /// <summary>What is reached.</summary>
    public string Name { get; }

    /// <summary>When it was planned.</summary>
    public DateOnly Planned { get; }

    /// <summary>When it was reached; null while it is not.</summary>
    public DateOnly? Actual { get; }

    /// <summary>True once reached.</summary>
    public bool Reached => Actual is not null;
}
