using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Evidence;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Storage.Progress;

namespace Karsa.Application.Progress;

/// <summary>Where an evidence file belongs: the region, and the key it is listed under.</summary>
/// <param name="Region">The region.</param>
/// <param name="PlanVersion">The plan version of the report; 0 for evidence outside progress reports.</param>
/// <param name="Owner">The programme's code, or the key of what else the file backs (e.g. an evaluation cycle).</param>
/// <param name="FiscalYear">The fiscal year.</param>
internal sealed record EvidenceOwner(RegionCode Region, int PlanVersion, string Owner, int FiscalYear);

/// <summary>
/// Takes in one evidence file: checked by <see cref="EvidencePolicy.Default"/> (kind by extension AND
/// first bytes, size limit), stored outside the web root by its hash (<see cref="EvidenceFiles"/>) and
/// recorded under its owner. A refusal throws the policy's problem (at <c>fileName</c>, <c>size</c> or
/// <c>content</c>) and keeps nothing.
/// </summary>
internal static class EvidenceIntake
{
    /// <summary>Stores <paramref name="content"/> named <paramref name="fileName"/> for <paramref name="owner"/>.</summary>
    public static async Task<EvidenceReference> StoreAsync(ProgressStore store, EvidenceOwner owner, string? fileName, Stream content,
        string uploadedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = EvidencePolicy.Default;
        var files = EvidenceFiles.Beside(store.Location);
        using var staged = await files.StageAsync(content, policy.MaxBytes, policy.HeaderLength, cancellationToken).ConfigureAwait(false);
        var accepted = policy.Check(fileName, staged.Size, staged.Head.Span);
        staged.Commit(owner.Region);
        var record = new EvidenceRecord
        {
            Id = Guid.NewGuid().ToString("N"),
            RegionCode = owner.Region.Value,
            PlanVersion = owner.PlanVersion,
            ProgrammeCode = owner.Owner,
            FiscalYear = owner.FiscalYear,
            FileName = accepted.DownloadName,
            Kind = accepted.Kind.Name,
            ContentType = accepted.ContentType,
            Bytes = staged.Size,
            Sha256 = staged.Sha256,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
        await store.AddEvidenceAsync(record, cancellationToken).ConfigureAwait(false);
        return new EvidenceReference(record.Id, record.FileName, record.ContentType, record.Bytes);
    }
}
