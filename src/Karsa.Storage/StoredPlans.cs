using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Storage;

/// <summary>What saving a plan did.</summary>
public enum SaveKind
{
    /// <summary>A new version was stored under the plan's own version number.</summary>
    Created,

    /// <summary>The stored draft of that version was replaced.</summary>
    DraftReplaced,

    /// <summary>The stored version already had exactly this content; nothing changed.</summary>
    Unchanged,

    /// <summary>That version is published and frozen, so the edit was stored as a new draft version.</summary>
    NewDraftVersion,
}

/// <summary>The outcome of <see cref="PlanStore.SaveAsync"/>: what happened and under which version.</summary>
public sealed record SaveOutcome(SaveKind Kind, string RegionCode, int Version);

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
    DateTimeOffset? PublishedAt);

/// <summary>A plan loaded from the store with its storage facts.</summary>
public sealed record StoredPlan(Masterplan Plan, PlanVersionSummary Summary);

/// <summary>A failure of the store that the user can act on (missing plan, unreachable server, damaged row).</summary>
public sealed class StorageException : Exception
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
