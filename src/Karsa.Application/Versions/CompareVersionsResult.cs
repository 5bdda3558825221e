using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Versions;

/// <summary>Why two versions could not be compared.</summary>
public enum CompareVersionsFailure
{
    /// <summary>The region code is malformed (see the diagnostics).</summary>
    InvalidRegion,

    /// <summary>The region has no stored plan, or not one of the two versions.</summary>
    NotFound,

    /// <summary>The database cannot be opened or read.</summary>
    Database,
}

/// <summary>A failure to compare, with a message in both languages and, for bad input, its diagnostics.</summary>
public sealed record CompareVersionsError(CompareVersionsFailure Failure, LocalizedText Message, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The comparison, or the error that prevented it.</summary>
public sealed record CompareVersionsResult
{
    private CompareVersionsResult(VersionComparison? comparison, CompareVersionsError? error) => (Comparison, Error) = (comparison, error);

    /// <summary>The comparison when it succeeded.</summary>
    public VersionComparison? Comparison { get; }

    /// <summary>The error when it failed.</summary>
    public CompareVersionsError? Error { get; }

    /// <summary>A successful result.</summary>
    public static CompareVersionsResult Success(VersionComparison comparison) => new(comparison ?? throw new ArgumentNullException(nameof(comparison)), null);

    /// <summary>A failed result.</summary>
    public static CompareVersionsResult Failed(CompareVersionsFailure failure, LocalizedText message, IReadOnlyList<Diagnostic>? diagnostics = null) =>
        new(null, new CompareVersionsError(failure, message, diagnostics ?? []));
}
