using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Primitives;
using Karsa.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Jobs;

/// <summary>A job's result: its status, the result (JSON) and the file it made.</summary>
/// <param name="Status">The job.</param>
/// <param name="Json">The result; null unless it succeeded.</param>
/// <param name="File">The file (a PDF book); null when it made none.</param>
public sealed record JobResult(JobStatus Status, string? Json, byte[]? File);

/// <summary>A job found by its question, or none.</summary>
/// <param name="Job">The job; null when nobody asked yet.</param>
public sealed record JobLookup(JobStatus? Job);

/// <summary>
/// Use cases of long work as its users see it: ask for a job (the same question about the same plan
/// content gives the job already asked, so nothing is solved twice), read it, read its result, cancel
/// it and retry it. The scheduler that runs the jobs is behind <see cref="IJobScheduler"/>.
/// </summary>
public static class JobUseCases
{
    /// <summary>
    /// Asks for <paramref name="request"/> on the region's stored plan. A job with the same
    /// <see cref="JobRequest.KeyFor"/> that succeeded, or is still queued or running, is returned as it is.
    /// </summary>
    public static async Task<UseCaseResult<JobStatus>> SubmitAsync(JobRequest request, string createdBy, string? database, IJobScheduler queue,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(queue);
        request = request.Normalised();
        if (!JobKinds.All.Contains(request.Kind))
        {
            return UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText($"Jenis pekerjaan '{request.Kind}' tidak dikenal.", $"The job kind '{request.Kind}' is unknown."));
        }

        if (!Failures.TryRegion(request.Region, out _, out var badRegion))
        {
            return badRegion!;
        }

        var loaded = await PlanSource.LoadAsync(request.Region, database, request.Version, cancellationToken).ConfigureAwait(false);
        if (!loaded.Succeeded)
        {
            return loaded.Error;
        }

        var summary = loaded.Value.Stored!.Summary;
        var key = request.KeyFor(summary.Token);
        var submitted = await JobTable.WithContextAsync(database, async context =>
        {
            var same = await context.Jobs.AsNoTracking()
                .Where(j => j.RequestKey == key && (j.State == JobStates.Succeeded || ((j.State == JobStates.Queued || j.State == JobStates.Running) && !j.CancelRequested)))
                .OrderByDescending(j => j.State == JobStates.Succeeded).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (same is not null)
            {
                return UseCaseResult.Success(JobStatus.Of(same));
            }

            var job = new JobRecord
            {
                Id = Guid.NewGuid(),
                Kind = request.Kind,
                RegionCode = request.Region,
                Version = summary.Version,
                ContentHash = summary.Token,
                RequestKey = key,
                Request = System.Text.Json.JsonSerializer.Serialize(request with { Version = summary.Version }, JobJson.Options),
                State = JobStates.Queued,
                Message = JobStatus.WriteMessage(new LocalizedText("Menunggu giliran...", "Waiting for its turn...")),
                CreatedBy = createdBy,
                CreatedAt = DateTimeOffset.UtcNow,
            };
            context.Jobs.Add(job);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await queue.EnqueueAsync(job.Id, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(JobStatus.Of(job));
        }).ConfigureAwait(false);
        return submitted.Succeeded ? UseCaseResult.Success(submitted.Value, loaded.Warnings) : submitted;
    }

    /// <summary>The job <paramref name="id"/>.</summary>
    public static Task<UseCaseResult<JobStatus>> GetAsync(Guid id, string? database, CancellationToken cancellationToken = default) =>
        JobTable.WithContextAsync(database, async context =>
            await context.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false) is { } job
                ? UseCaseResult.Success(JobStatus.Of(job))
                : JobTable.NotFound(id));

    /// <summary>The job <paramref name="id"/> with its result and file.</summary>
    public static Task<UseCaseResult<JobResult>> ResultAsync(Guid id, string? database, CancellationToken cancellationToken = default) =>
        JobTable.WithContextAsync(database, async context =>
            await context.Jobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false) is { } job
                ? UseCaseResult.Success(new JobResult(JobStatus.Of(job), job.Result, job.ResultFile))
                : JobTable.NotFound(id));

    /// <summary>
    /// The newest successful job that answered <paramref name="request"/> about the plan content
    /// <paramref name="contentHash"/>, or the one still working on it; null when there is none.
    /// </summary>
    public static Task<UseCaseResult<JobLookup>> FindAsync(JobRequest request, string contentHash, string? database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.KeyFor(contentHash);
        return JobTable.WithContextAsync(database, async context =>
        {
            var jobs = await context.Jobs.AsNoTracking().Where(j => j.RequestKey == key && j.State != JobStates.Cancelled)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var job = jobs.OrderByDescending(j => j.State == JobStates.Succeeded).ThenByDescending(j => j.CreatedAt).FirstOrDefault();
            return UseCaseResult.Success(new JobLookup(job is null ? null : JobStatus.Of(job)));
        });
    }

    /// <summary>True when <paramref name="actor"/> (user name <paramref name="userName"/>) may read <paramref name="job"/>: its creator, or anyone who reads the region's drafts.</summary>
    public static bool MayRead(Actor? actor, string? userName, JobStatus job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return IsCreator(userName, job) || AccessPolicy.Allows(actor, Permission.ReadDrafts, new RegionCode(job.Region));
    }

    /// <summary>True when <paramref name="actor"/> may cancel or retry <paramref name="job"/>: its creator, or a planner of its region.</summary>
    public static bool MayManage(Actor? actor, string? userName, JobStatus job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return IsCreator(userName, job) || AccessPolicy.Allows(actor, Permission.RunPlanning, new RegionCode(job.Region));
    }

    /// <summary>
    /// Asks the job to stop: a queued job is cancelled at once; a running one is stopped by its runner
    /// (which kills its worker); a finished job stays as it is.
    /// </summary>
    public static Task<UseCaseResult<JobStatus>> CancelAsync(Guid id, string? database, CancellationToken cancellationToken = default) =>
        JobTable.WithContextAsync(database, async context =>
        {
            var job = await context.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
            if (job is null)
            {
                return JobTable.NotFound(id);
            }

            if (!JobStates.IsFinished(job.State))
            {
                job.CancelRequested = true;
                job.Message = JobStatus.WriteMessage(new LocalizedText("Pembatalan diminta...", "Cancellation requested..."));
                if (job.State == JobStates.Queued)
                {
                    JobLifecycle.End(job, JobStates.Cancelled, new LocalizedText("Dibatalkan oleh pengguna.", "Cancelled by its user."));
                }

                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            return UseCaseResult.Success(JobStatus.Of(job));
        });

    /// <summary>Queues a failed or cancelled job again; any other job is refused.</summary>
    public static Task<UseCaseResult<JobStatus>> RetryAsync(Guid id, string? database, IJobScheduler queue, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return JobTable.WithContextAsync(database, async context =>
        {
            var job = await context.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
            if (job is null)
            {
                return JobTable.NotFound(id);
            }

            if (job.State is not (JobStates.Failed or JobStates.Cancelled))
            {
                return UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText(
                    "Hanya pekerjaan yang gagal atau dibatalkan yang dapat diulang.", "Only a failed or cancelled job can be retried."));
            }

            (job.State, job.Progress, job.CancelRequested, job.FinishedAt, job.Result, job.ResultFile) = (JobStates.Queued, 0, false, null, null, null);
            job.Message = JobStatus.WriteMessage(new LocalizedText("Menunggu giliran...", "Waiting for its turn..."));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await queue.EnqueueAsync(job.Id, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(JobStatus.Of(job));
        });
    }

    private static bool IsCreator(string? userName, JobStatus job) =>
        !string.IsNullOrEmpty(userName) && string.Equals(userName, job.CreatedBy, StringComparison.Ordinal);
}
