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
/// Takes in evidence files: each checked by <see cref="EvidencePolicy.Default"/> (kind by extension AND
/// first bytes, size limit) while staged, then stored outside the web root by its hash
/// (<see cref="EvidenceFiles"/>) and recorded under its owner. A refusal throws the policy's problem (at
/// <c>fileName</c>, <c>size</c> or <c>content</c>) and keeps nothing; a caller with several files checks
/// them all before keeping any (<see cref="CheckAsync"/>, then <see cref="KeepAsync"/>).
/// </summary>
internal static class EvidenceIntake
{
    /// <summary>Stores <paramref name="content"/> named <paramref name="fileName"/> for <paramref name="owner"/>.</summary>
    public static async Task<EvidenceReference> StoreAsync(ProgressStore store, EvidenceOwner owner, string? fileName, Stream content,
        string uploadedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var evidence = await CheckAsync(store, fileName, content, cancellationToken).ConfigureAwait(false);
        return await KeepAsync(store, owner, evidence, uploadedBy, now, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stages <paramref name="content"/> and checks it; throws the policy's problem (and keeps nothing) when it is refused.</summary>
    public static async Task<CheckedEvidence> CheckAsync(ProgressStore store, string? fileName, Stream content, CancellationToken cancellationToken)
    {
        var policy = EvidencePolicy.Default;
        var staged = await EvidenceFiles.Beside(store.Location).StageAsync(content, policy.MaxBytes, policy.HeaderLength, cancellationToken).ConfigureAwait(false);
        try
        {
            return new CheckedEvidence(staged, policy.Check(fileName, staged.Size, staged.Head.Span));
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    /// <summary>Moves checked <paramref name="evidence"/> into place and records it under <paramref name="owner"/>.</summary>
    public static async Task<EvidenceReference> KeepAsync(ProgressStore store, EvidenceOwner owner, CheckedEvidence evidence, string uploadedBy, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var (staged, accepted) = (evidence.Staged, evidence.Accepted);
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
