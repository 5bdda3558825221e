using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Storage.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Jobs;

/// <summary>A job as its runner starts it: the id, the question and which attempt this is.</summary>
/// <param name="Id">The job.</param>
/// <param name="Request">The question.</param>
/// <param name="Attempt">1 for the first run; more after a crash or a retry.</param>
public sealed record StartedJob(Guid Id, JobRequest Request, int Attempt);

/// <summary>What starting a job gave: the job to run, or null when there is nothing to run.</summary>
/// <param name="Job">The job.</param>
public sealed record JobStart(StartedJob? Job);

/// <summary>
/// The runner's side of a job (the scheduler's job class calls these): start it, report progress
/// (which answers whether its user asked to cancel), and end it with a result, a failure or a
/// cancellation. Every step is one short write to the jobs table.
/// </summary>
public static class JobLifecycle
{
    /// <summary>
    /// Marks the job running and gives its question; null when there is nothing to run (it ended, or its
    /// user cancelled it while it waited, which this records). A job found running was interrupted (its
    /// server died) and is run again.
    /// </summary>
    public static async Task<UseCaseResult<JobStart>> StartAsync(Guid id, string? database, CancellationToken cancellationToken = default)
    {
        return await JobTable.WithContextAsync(database, async context =>
        {
            var job = await context.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
            if (job is null)
            {
                return JobTable.NotFound(id);
            }

            if (JobStates.IsFinished(job.State) || job.CancelRequested)
            {
                if (!JobStates.IsFinished(job.State))
                {
                    End(job, JobStates.Cancelled, new LocalizedText("Dibatalkan oleh pengguna.", "Cancelled by its user."));
                    await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }

                return UseCaseResult.Success(new JobStart(null));
            }

            (job.State, job.Progress, job.StartedAt) = (JobStates.Running, 0, DateTimeOffset.UtcNow);
            job.Attempts++;
            job.Message = JobStatus.WriteMessage(new LocalizedText("Memulai...", "Starting..."));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            var request = System.Text.Json.JsonSerializer.Deserialize<JobRequest>(job.Request, JobJson.Options)!;
            return UseCaseResult.Success(new JobStart(new StartedJob(job.Id, request, job.Attempts)));
        }).ConfigureAwait(false);
    }

    /// <summary>Records progress; answers true when its user asked to cancel it.</summary>
    public static async Task<bool> ReportAsync(Guid id, double? fraction, LocalizedText? message, string? database, CancellationToken cancellationToken = default)
    {
        var reported = await JobTable.WithContextAsync(database, async context =>
        {
            var job = await context.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
            if (job is null)
            {
                return UseCaseResult.Success(new CancelAnswer(true));
            }

            if (!job.CancelRequested && job.State == JobStates.Running && (fraction is not null || message is not null))
            {
                job.Progress = fraction is { } f ? Math.Clamp(f, job.Progress, 1) : job.Progress;
                job.Message = message is null ? job.Message : JobStatus.WriteMessage(message);
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            return UseCaseResult.Success(new CancelAnswer(job.CancelRequested));
        }).ConfigureAwait(false);
        return reported.Succeeded && reported.Value.Cancel;
    }

    /// <summary>Ends the job: <see cref="JobStates.Succeeded"/> with <paramref name="output"/>, or failed or cancelled with <paramref name="message"/>.</summary>
    public static Task<UseCaseResult<JobStatus>> EndAsync(Guid id, string state, LocalizedText message, JobOutput? output, string? database,
        CancellationToken cancellationToken = default) =>
        JobTable.WithContextAsync(database, async context =>
        {
            var job = await context.Jobs.FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
            if (job is null)
            {
                return JobTable.NotFound(id);
            }

            End(job, state, message);
            (job.Result, job.ResultFile) = (output?.Json, output?.File);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(JobStatus.Of(job));
        });

    /// <summary>Sets a job's end state and message.</summary>
    internal static void End(JobRecord job, string state, LocalizedText message)
    {
        job.State = state;
        job.FinishedAt = DateTimeOffset.UtcNow;
        job.Progress = state == JobStates.Succeeded ? 1 : job.Progress;
        job.Message = JobStatus.WriteMessage(message);
    }

    private sealed record CancelAnswer(bool Cancel);
}
