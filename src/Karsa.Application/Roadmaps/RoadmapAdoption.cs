using Karsa.Application.Common;
using Karsa.Application.Jobs;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;
using Karsa.Storage;

namespace Karsa.Application.Roadmaps;

/// <summary>
/// Use case: adopt a roadmap into a region's draft, either one planned just now (<c>karsa roadmap
/// --adopt</c>) or one a finished job planned. Storing states the draft's token, so a concurrent edit
/// gives a conflict, never a lost update.
/// </summary>
public static class RoadmapAdoption
{
    /// <summary>
    /// Adopts the roadmap of the finished job <paramref name="jobId"/> into the draft of
    /// <paramref name="region"/>, whose token the caller read as <paramref name="basedOn"/>. A stale token is a
    /// conflict; so is a job planned on an earlier state of the draft (plan again, then adopt).
    /// </summary>
    public static async Task<UseCaseResult<SaveOutcome>> AdoptJobAsync(string region, Guid jobId, string basedOn, string? database, string? author = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(basedOn);
        var found = await JobUseCases.ResultAsync(jobId, database, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        var job = found.Value.Status;
        if (job.Region != region || job.Kind is not (JobKinds.Roadmap or JobKinds.Explain))
        {
            return UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
                $"Pekerjaan {jobId} bukan peta jalan wilayah {region}.", $"Job {jobId} is not a roadmap of region {region}."));
        }

        if (job.State != JobStates.Succeeded || found.Value.Json is null)
        {
            return UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText(
                "Peta jalan ini belum selesai disusun; tunggu sampai selesai, lalu adopsi.", "This roadmap is not finished yet; wait until it is done, then adopt it."));
        }

        var result = System.Text.Json.JsonSerializer.Deserialize<RoadmapJobResult>(found.Value.Json, JobJson.Options)!;
        return await Plans.StoreAccess.WithStoreAsync(database, async store =>
        {
            var draft = await store.LoadAsync(new RegionCode(region), null, cancellationToken).ConfigureAwait(false);
            if (draft.Summary.Token != basedOn)
            {
                return Stale(draft.Summary.UpdatedBy);
            }

            if (job.ContentHash != basedOn)
            {
                return UseCaseError.Of(FailureKind.Conflict, new LocalizedText(
                    "Peta jalan ini disusun untuk isi draf yang lebih lama; susun ulang peta jalan, lalu adopsi.",
                    "This roadmap was planned for an earlier state of the draft; plan it again, then adopt it."));
            }

            return await StoreAsync(draft.Plan, basedOn, result.Adoption.ToAdopted(), store, author, cancellationToken).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stores <paramref name="adopted"/> as <paramref name="plan"/>'s adopted roadmap, stating the draft's token <paramref name="basedOn"/>.</summary>
    internal static async Task<UseCaseResult<SaveOutcome>> StoreAsync(Masterplan plan, string basedOn, AdoptedRoadmap adopted, PlanStore store, string? author,
        CancellationToken cancellationToken)
    {
        if (plan.Content.State == PlanState.Published)
        {
            return UseCaseError.Invalid([Problems.PublishedIsFrozen(plan.Content.Version).Under("state")]);
        }

        var withRoadmap = Masterplan.Create(plan.Content with { Roadmap = adopted });
        var saved = await store.SaveAsync(withRoadmap, new SaveOptions(basedOn, author), cancellationToken).ConfigureAwait(false);
        return UseCaseResult.Success(saved, withRoadmap.Warnings);
    }

    private static UseCaseError Stale(string? by) => UseCaseError.Of(FailureKind.Conflict, new LocalizedText(
        $"Draf telah diubah{(by is null ? "" : " oleh " + by)} sejak Anda membacanya; muat ulang, periksa perubahannya, lalu adopsi lagi.",
        $"The draft was changed{(by is null ? "" : " by " + by)} since you read it; reload, check the changes, then adopt again."));
}
