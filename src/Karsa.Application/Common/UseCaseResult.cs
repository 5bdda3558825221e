using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Common;

/// <summary>Why a use case could not do its work; each front door maps it to its own answer (an exit code, an HTTP status).</summary>
public enum FailureKind
{
    /// <summary>The input is invalid: a plan file, an edit or an argument (see the diagnostics).</summary>
    InvalidInput,

    /// <summary>The region or version does not exist.</summary>
    NotFound,

    /// <summary>Someone else saved first: the caller's token is stale.</summary>
    Conflict,

    /// <summary>The database cannot be opened, read or written.</summary>
    Database,

    /// <summary>The plan cannot be scheduled (mandatory programmes do not fit).</summary>
    Infeasible,

    /// <summary>A tool the work needs is missing or failed (Chromium for PDF).</summary>
    MissingTool,

    /// <summary>A file cannot be read or written.</summary>
    FileError,

    /// <summary>The actor may not do this (e.g. an agency reporter reporting on another agency's programme).</summary>
    Forbidden,
}

/// <summary>A use case's failure: its kind, a message in both languages, and the diagnostics behind it (with their places).</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Message">What to tell the user.</param>
/// <param name="Diagnostics">The problems found, when the input was at fault.</param>
public sealed record UseCaseError(FailureKind Kind, LocalizedText Message, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>A failure without diagnostics.</summary>
    public static UseCaseError Of(FailureKind kind, LocalizedText message) => new(kind, message, []);

    /// <summary>Invalid input: the errors among <paramref name="diagnostics"/> say why.</summary>
    public static UseCaseError Invalid(IReadOnlyList<Diagnostic> diagnostics) =>
        new(FailureKind.InvalidInput, new LocalizedText("Masukan tidak sah", "Invalid input"), diagnostics);
}

/// <summary>
/// What a use case gives back: its value, or the error that prevented it; and, either way, the
/// warnings found on the way (a plan's warnings, a planner's notes).
/// </summary>
/// <typeparam name="T">The value.</typeparam>
public sealed record UseCaseResult<T>
    where T : class
{
    internal UseCaseResult(T? value, UseCaseError? error, IReadOnlyList<Diagnostic> warnings) => (Value, Error, Warnings) = (value, error, warnings);

    /// <summary>The value, when the use case succeeded.</summary>
    public T? Value { get; }

    /// <summary>The error, when it failed.</summary>
    public UseCaseError? Error { get; }

    /// <summary>Warnings found on the way.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>True when <see cref="Value"/> is set.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Value))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Value is not null;

    /// <summary>Failure.</summary>
    public static implicit operator UseCaseResult<T>(UseCaseError error) => UseCaseResult.Failure<T>(error);
}

/// <summary>Makes <see cref="UseCaseResult{T}"/> values.</summary>
public static class UseCaseResult
{
    /// <summary>Success.</summary>
    public static UseCaseResult<T> Success<T>(T value, IReadOnlyList<Diagnostic>? warnings = null)
        where T : class => new(value ?? throw new ArgumentNullException(nameof(value)), null, warnings ?? []);

    /// <summary>Failure.</summary>
    public static UseCaseResult<T> Failure<T>(UseCaseError error, IReadOnlyList<Diagnostic>? warnings = null)
        where T : class => new(null, error ?? throw new ArgumentNullException(nameof(error)), warnings ?? []);
}
