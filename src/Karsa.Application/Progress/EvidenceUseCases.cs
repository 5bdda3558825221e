using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Portal;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Evidence;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage;
using Karsa.Storage.Progress;

namespace Karsa.Application.Progress;

/// <summary>An evidence file to send: the name to offer, the content type to serve it with (never HTML) and its bytes.</summary>
/// <param name="FileName">The sanitised download name.</param>
/// <param name="ContentType">The content type.</param>
/// <param name="Content">The bytes; the caller disposes it.</param>
public sealed record EvidenceDownload(string FileName, string ContentType, Stream Content);

/// <summary>
/// Evidence files of progress reports: uploads are checked by <see cref="EvidencePolicy"/> (kind by
/// extension AND first bytes, size limit), stored outside the web root by their hash
/// (<see cref="EvidenceFiles"/>) and recorded with the report's key; downloads are served as attachments.
/// </summary>
public static class EvidenceUseCases
{
    /// <summary>
    /// Attaches <paramref name="content"/>, named <paramref name="fileName"/>, to the report on
    /// <paramref name="programme"/> for <paramref name="year"/>; refusals are invalid input at
    /// <c>fileName</c>, <c>size</c> or <c>content</c>, and nothing is kept.
    /// </summary>
    public static Task<UseCaseResult<EvidenceReference>> UploadAsync(string? database, Actor? actor, string region, string programme, int year,
        string? fileName, Stream content, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ProgressReporting.WithProgramme(database, actor, region, programme, year, async (scope, found, fiscalYear) =>
            UseCaseResult.Success(await EvidenceIntake.StoreAsync(scope.Store, new EvidenceOwner(scope.Region, scope.Version, found.Code.Value, fiscalYear.Value),
                fileName, content, actor!.Name, now, cancellationToken).ConfigureAwait(false)), cancellationToken);
    }

    /// <summary>The evidence file <paramref name="id"/> of <paramref name="region"/> (callers check <see cref="Permission.ReadDrafts"/>); not found when missing.</summary>
    public static Task<UseCaseResult<EvidenceDownload>> DownloadAsync(string? database, string region, string id, CancellationToken cancellationToken = default) =>
        PortalUseCases.WithRegion(region, async code =>
        {
            try
            {
                var location = DatabaseLocation.Parse(database);
                var record = await ProgressStores.For(location).EvidenceAsync(code, id, cancellationToken).ConfigureAwait(false);
                var content = record is null ? null : EvidenceFiles.Beside(location).OpenRead(code, record.Sha256);
                return record is not null && content is not null
                    ? UseCaseResult.Success(new EvidenceDownload(record.FileName, record.ContentType, content))
                    : UseCaseError.Of(FailureKind.NotFound, new LocalizedText($"Bukti {id} tidak ada di wilayah {code}.", $"Region {code} has no evidence {id}."));
            }
            catch (StorageException problem)
            {
                return Failures.From(problem);
            }
        });
}
