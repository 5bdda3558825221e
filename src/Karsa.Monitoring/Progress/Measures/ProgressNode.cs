using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>A level of the progress roll-up.</summary>
public enum ProgressLevel
{
    /// <summary>The whole plan.</summary>
    Plan,

    /// <summary>A smart-city dimension.</summary>
    Dimension,

    /// <summary>An element of a dimension.</summary>
    Element,

    /// <summary>A programme.</summary>
    Programme,
}

/// <summary>
/// One node of the progress roll-up: its key (dimension key, element code, programme code; empty for
/// the plan), its progress 0..100, its weight (a programme's own; a parent's is the sum of its
/// children's), its share of the plan's weight (0 when the plan weighs nothing) and its children.
/// </summary>
/// <param name="Level">The level.</param>
/// <param name="Key">The key at that level.</param>
/// <param name="Percent">Its progress, 0..100.</param>
/// <param name="Weight">Its weight.</param>
/// <param name="Share">Its weight over the plan's, 0..1.</param>
/// <param name="Children">The nodes it rolls up, in the plan's order.</param>
public sealed record ProgressNode(ProgressLevel Level, string Key, decimal Percent, decimal Weight, decimal Share, ValueList<ProgressNode> Children);

/// <summary>Why a programme is left out of the roll-up.</summary>
public enum Exclusion
{
    /// <summary>The adopted roadmap does not run it.</summary>
    Unscheduled,

    /// <summary>Its latest report says it was cancelled.</summary>
    Cancelled,
}

/// <summary>A programme left out of the roll-up, and why.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Reason">Why.</param>
public sealed record ExcludedProgramme(ProgrammeCode Programme, Exclusion Reason);
