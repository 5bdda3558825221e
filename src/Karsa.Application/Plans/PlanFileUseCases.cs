using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;

namespace Karsa.Application.Plans;

/// <summary>A stored plan written as a plan file.</summary>
/// <param name="Text">The file's text (JSON: the stored bytes).</param>
/// <param name="Format">YAML or JSON.</param>
public sealed record ExportAnswer(string Text, PlanFormat Format);

/// <summary>The stored versions, and where they are.</summary>
/// <param name="Versions">Every version of every region, by region then version.</param>
/// <param name="Database">The database, as the user reads it.</param>
public sealed record PlanList(IReadOnlyList<PlanVersionSummary> Versions, string Database);

/// <summary>The use cases of plan files and listings: validate a file, export a stored version, list the store.</summary>
public static class PlanFileUseCases
{
    /// <summary>
    /// Reads and checks <paramref name="path"/>: the plan with its warnings, or every error with its
    /// place (a file that cannot be opened, KRS008, is a file error; anything else invalid input).
    /// </summary>
    public static UseCaseResult<Masterplan> Validate(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Checked(PlanReader.ReadFile(path), path);
    }

    /// <summary>A reader's answer as a use-case result: the plan with its warnings, or its errors (a file error when the file could not be opened).</summary>
    internal static UseCaseResult<Masterplan> Checked(PlanReadResult read, string fileName) =>
        read.Plan is { } plan
            ? UseCaseResult.Success(plan, [.. read.Diagnostics.Where(d => d.Severity == Severity.Warning)])
            : new UseCaseError(read.Diagnostics.Any(d => d.Code == FileUnreadableCode) ? FailureKind.FileError : FailureKind.InvalidInput,
                new LocalizedText($"Berkas {fileName} tidak sah", $"The file {fileName} is not valid"), read.Diagnostics);

    /// <summary>KRS008: the file itself cannot be opened.</summary>
    private const string FileUnreadableCode = "KRS008";

    /// <summary>
    /// Version <paramref name="version"/> (the newest when null) of <paramref name="region"/> as a plan
    /// file in <paramref name="format"/>; JSON is the stored bytes, so an export never changes.
    /// </summary>
    public static async Task<UseCaseResult<ExportAnswer>> ExportAsync(string region, int? version, PlanFormat format, string? database,
        CancellationToken cancellationToken = default)
    {
        if (!Failures.TryRegion(region, out var code, out var error))
        {
            return error!;
        }

        return await StoreAccess.WithStoreAsync(database, async store =>
        {
            var stored = await store.LoadAsync(code, version, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new ExportAnswer(stored.Write(format), format));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every stored version of every region; reads only.</summary>
    public static Task<UseCaseResult<PlanList>> ListAsync(string? database, CancellationToken cancellationToken = default) =>
        StoreAccess.WithStoreAsync(database, async store =>
            UseCaseResult.Success(new PlanList(await store.ListAsync(cancellationToken).ConfigureAwait(false), store.Location.Display)), cancellationToken);
}
