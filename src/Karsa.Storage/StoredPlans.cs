using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;

namespace Karsa.Storage;

/// <summary>What saving a plan did.</summary>
public enum SaveKind
{
    /// <summary>The region's first version was stored (version 1, a draft).</summary>
    Created,

    /// <summary>The newest version, a draft, was replaced (same number).</summary>
    DraftReplaced,

    /// <summary>The newest version already had this content (version and state aside); nothing changed.</summary>
    Unchanged,

    /// <summary>The newest version is published and frozen, so a new draft version was stored after it.</summary>
    NewDraftVersion,
}

/// <summary>
/// The outcome of a save or of starting a new draft: what happened, under which version, that
/// version's concurrency token now, and warnings to show (e.g. KRS105, a file that said published
/// stored as a draft).
/// </summary>
public sealed record SaveOutcome(SaveKind Kind, string RegionCode, int Version, string Token, IReadOnlyList<Diagnostic> Warnings);

/// <summary>
/// Who saves and from what: <see cref="BasedOn"/> is the concurrency token of the version an edit
/// started from (a save or publish is refused with <see cref="ConcurrencyConflictException"/> when the
/// newest version has another token); null for a plain file import, which may replace the newest
/// draft. <see cref="Author"/> is recorded as <see cref="PlanVersionSummary.UpdatedBy"/> and as the actor of the
/// audit entry the store writes in the same transaction ("karsa" when null).
/// </summary>
public sealed record SaveOptions(string? BasedOn = null, string? Author = null)
{
    /// <summary>A plain import: no token, no author.</summary>
    public static SaveOptions Import { get; } = new();
}

/// <summary>The outcome of <see cref="PlanStore.PublishAsync(RegionCode, int?, CancellationToken)"/>: the version, and whether it was already published.</summary>
public sealed record PublishOutcome(bool AlreadyPublished, StoredPlan Stored);

/// <summary>One stored masterplan version, as listed by <see cref="PlanStore.ListAsync"/>.</summary>
public sealed record PlanVersionSummary(
    string RegionCode,
    string RegionName,
    int Version,
    PlanState State,
    string Title,
    int FirstYear,
    int LastYear,
    int ProgrammeCount,
    long TotalCost,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? PublishedAt,
    string Token,
    string? UpdatedBy);

/// <summary>
/// A plan loaded from the store with its storage facts and its stored canonical JSON. The plan is
/// restored, not re-judged: rules it breaks today are warnings in <see cref="Masterplan.Warnings"/>.
/// </summary>
public sealed record StoredPlan(Masterplan Plan, PlanVersionSummary Summary, string Json)
{
    /// <summary>The plan as a plan file: JSON is the stored bytes exactly; YAML is written from the plan.</summary>
    public string Write(PlanFormat format) => format == PlanFormat.Json ? Json : PlanWriter.Write(Plan, format);
}

/// <summary>A failure of the store that the user can act on (missing plan, unreachable server, damaged row).</summary>
public class StorageException : Exception
{
    /// <summary>Creates the exception with a message in both languages and its cause, if any.</summary>
    public StorageException(LocalizedText text, Exception? innerException = null)
        : base(text?.English ?? text?.Indonesian, innerException) => Text = text ?? new LocalizedText("Galat penyimpanan", "Storage error");

    /// <summary>Creates the exception with an English message.</summary>
    public StorageException(string message)
        : this(new LocalizedText(message, message))
    {
    }

    /// <summary>Creates the exception with an English message and its cause.</summary>
    public StorageException(string message, Exception innerException)
        : this(new LocalizedText(message, message), innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public StorageException()
        : this("Storage error")
    {
    }

    /// <summary>The message in Indonesian and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>True when the error means "no such region or version".</summary>
    public bool IsNotFound { get; init; }
}
