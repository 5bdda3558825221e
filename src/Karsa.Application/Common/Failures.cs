using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Storage;

namespace Karsa.Application.Common;

/// <summary>Turns the exceptions of the capability projects into typed use-case errors, in one place.</summary>
public static class Failures
{
    /// <summary>The error a storage failure means: not found, a conflict, or a database problem.</summary>
    public static UseCaseError From(StorageException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var kind = problem switch
        {
            ConcurrencyConflictException or Storage.Progress.ProgressConflictException => FailureKind.Conflict,
            { IsNotFound: true } => FailureKind.NotFound,
            _ => FailureKind.Database,
        };
        return UseCaseError.Of(kind, problem.Text);
    }

    /// <summary>The error a refused domain change means: invalid input with its diagnostics.</summary>
    public static UseCaseError From(DomainException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return UseCaseError.Invalid(problem.Problems);
    }

    /// <summary>The error a file that cannot be read or written means.</summary>
    public static UseCaseError FromFile(Exception problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return UseCaseError.Of(FailureKind.FileError, new LocalizedText(
            $"Berkas tidak dapat dibaca atau ditulis: {problem.Message}", $"A file cannot be read or written: {problem.Message}"));
    }

    /// <summary>A region code that is not one, with its diagnostic.</summary>
    public static bool TryRegion(string text, out RegionCode region, out UseCaseError? error)
    {
        try
        {
            region = new RegionCode(text);
            error = null;
            return true;
        }
        catch (DomainException problem)
        {
            region = default;
            error = new UseCaseError(FailureKind.InvalidInput,
                new LocalizedText($"Kode wilayah '{text}' tidak sah.", $"The region code '{text}' is not valid."), problem.Problems);
            return false;
        }
    }
}
