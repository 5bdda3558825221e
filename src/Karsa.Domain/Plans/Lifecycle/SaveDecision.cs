using Karsa.Domain.Diagnostics;

namespace Karsa.Domain.Plans.Lifecycle;

/// <summary>What saving a plan does to the stored versions of its region.</summary>
public enum SaveAction
{
    /// <summary>Store a new draft version (<see cref="SaveDecision.Version"/>: 1, or the newest + 1).</summary>
    CreateVersion,

    /// <summary>Replace the newest version, which is a draft, keeping its number.</summary>
    ReplaceDraft,

    /// <summary>The newest version already holds this content; write nothing.</summary>
    Unchanged,

    /// <summary>The save started from an older state than the newest version: refuse it.</summary>
    Conflict,
}

/// <summary>
/// The lifecycle's answer to a save: the action, the version it concerns, the content to store (the
/// plan's content with the assigned version number and the draft state; null unless a write is
/// due), warnings to show (e.g. KRS105) and, for a conflict, the newer version that wins.
/// </summary>
public sealed record SaveDecision(
    SaveAction Action,
    int Version,
    MasterplanContent? Content,
    IReadOnlyList<Diagnostic> Warnings,
    StoredVersionFacts? Newest)
{
    /// <summary>True when the store writes something.</summary>
    public bool Writes => Action is SaveAction.CreateVersion or SaveAction.ReplaceDraft;
}
