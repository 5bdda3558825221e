using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;

namespace Karsa.Application.Plans;

/// <summary>
/// Imports of plan content into a region named by the request (a web route), never by the file: a file
/// for another region is refused. The same checks and the same all-or-nothing store as <c>karsa import</c>.
/// </summary>
public static class UploadUseCases
{
    /// <summary>
    /// Reads <paramref name="upload"/> and, when it is a valid plan of <paramref name="region"/>, stores
    /// it as the version lifecycle decides. <paramref name="basedOn"/>, when given, is the token the
    /// caller last saw of the newest version (a stale one is a conflict).
    /// </summary>
    public static async Task<UseCaseResult<ImportAnswer>> ImportAsync(RegionCode region, PlanUpload upload, string? database,
        string? author, string? basedOn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var read = Read(upload);
        if (!read.Succeeded)
        {
            return read.Error;
        }

        if (read.Value.Content.Region.Code != region)
        {
            return new UseCaseError(FailureKind.InvalidInput, new LocalizedText(
                $"Berkas {upload.FileName} adalah rencana wilayah {read.Value.Content.Region.Code}, bukan {region}: unggah rencana wilayah ini.",
                $"The file {upload.FileName} is the plan of region {read.Value.Content.Region.Code}, not {region}: upload this region's plan."), []);
        }

        return await StoreAccess.WithStoreAsync(database, async store =>
        {
            var outcome = await store.SaveAsync(read.Value, new SaveOptions(basedOn, author), cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new ImportAnswer(outcome, store.Location.Display), [.. read.Warnings, .. outcome.Warnings]);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads and checks <paramref name="upload"/>: the plan with its warnings, or every error with its place.</summary>
    public static UseCaseResult<Masterplan> Read(PlanUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return PlanFileUseCases.Checked(PlanReader.Read(upload.Text, upload.Format, upload.FileName), upload.FileName);
    }
}
