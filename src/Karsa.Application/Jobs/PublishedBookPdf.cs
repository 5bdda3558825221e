using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Jobs;

/// <summary>The PDF book of a region's newest published version: the job that makes it, and the file once made.</summary>
/// <param name="Job">The job.</param>
/// <param name="File">The PDF, once made.</param>
public sealed record PublishedPdf(JobStatus Job, byte[]? File);

/// <summary>
/// Use case: the PDF book of a region's newest published version for anyone, signed in or not. It is
/// made once per content and language (a job; the first visitor's request starts it) and served from
/// the job afterwards; a draft is never reached this way.
/// </summary>
public static class PublishedBookPdf
{
    /// <summary>The PDF (or the job making it) of <paramref name="region"/>'s newest published version in <paramref name="language"/> ("id" or "en").</summary>
    public static async Task<UseCaseResult<PublishedPdf>> GetAsync(string region, string language, string? database, IJobScheduler scheduler,
        CancellationToken cancellationToken = default)
    {
        var list = await PlanFileUseCases.ListAsync(database, cancellationToken).ConfigureAwait(false);
        if (!list.Succeeded)
        {
            return list.Error;
        }

        var published = list.Value.Versions.Where(v => v.RegionCode == region && v.State == PlanState.Published).MaxBy(v => v.Version);
        if (published is null)
        {
            return UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
                $"Wilayah {region} belum menerbitkan masterplan.", $"Region {region} has not published a masterplan yet."));
        }

        var request = new JobRequest { Kind = JobKinds.BookPdf, Region = region, Version = published.Version, Language = language };
        var found = await JobUseCases.FindAsync(request, published.Token, database, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        if (found.Value.Job is not { } job)
        {
            var submitted = await JobUseCases.SubmitAsync(request, "anonymous", database, scheduler, cancellationToken).ConfigureAwait(false);
            return submitted.Succeeded ? UseCaseResult.Success(new PublishedPdf(submitted.Value, null)) : submitted.Error;
        }

        if (job.State != JobStates.Succeeded)
        {
            return UseCaseResult.Success(new PublishedPdf(job, null));
        }

        var result = await JobUseCases.ResultAsync(job.Id, database, cancellationToken).ConfigureAwait(false);
        return result.Succeeded ? UseCaseResult.Success(new PublishedPdf(job, result.Value.File)) : result.Error;
    }
}
