using Karsa.Application.Common;
using Karsa.Application.Jobs;
using Karsa.Domain.Primitives;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Karsa.Web.Jobs;

/// <summary>
/// The Quartz job that runs one Karsa job: marks it running, starts the worker process, records its
/// progress and watches for a cancellation while it works, then stores its result or why it failed. A
/// worker that dies (a native abort, a crash, a kill) fails this one job with a message and a retry;
/// the web server is untouched. Quartz re-runs a job whose server died while it ran (recovery).
/// </summary>
public sealed partial class RunJob(SolveSlots slots, WorkerProcess worker, IOptions<KarsaWebOptions> web, IOptions<KarsaJobOptions> jobs, IJobScheduler scheduler,
    ILogger<RunJob> logger) : IJob
{
    /// <summary>The job-data key of the Karsa job's id.</summary>
    public const string JobIdKey = "karsaJobId";

    /// <summary>How long a job that could not be marked running (its database failing) waits before it is tried again.</summary>
    public static readonly TimeSpan StartAgainAfter = TimeSpan.FromSeconds(30);

    /// <summary>How long a job that found every slot of its server busy waits before it asks again.</summary>
    public static readonly TimeSpan SlotWait = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var id = Guid.Parse(context.MergedJobDataMap.GetString(JobIdKey)!);
        if (!slots.TryTake())
        {
            // Every slot of this server is busy: the job stays queued and asks again in a moment.
            await scheduler.EnqueueLaterAsync(id, SlotWait, CancellationToken.None).ConfigureAwait(false);
            return;
        }

        try
        {
            await RunAsync(id, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task RunAsync(Guid id, CancellationToken cancellationToken)
    {
        var database = web.Value.Database;
        var start = await JobLifecycle.StartAsync(id, database, cancellationToken).ConfigureAwait(false);
        if (!start.Succeeded || start.Value.Job is not { } job)
        {
            if (!start.Succeeded && start.Error.Kind == FailureKind.Database)
            {
                // The job stays queued: it is tried again in a while rather than forgotten.
                LogStartLater(id, start.Error.Message.In(Language.English), StartAgainAfter);
                await scheduler.EnqueueLaterAsync(id, StartAgainAfter, CancellationToken.None).ConfigureAwait(false);
            }
            else if (!start.Succeeded)
            {
                LogCannotStart(id, start.Error.Message.In(Language.English));
            }

            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var watch = new ProgressWatch(id, database, stop, jobs.Value.PollMilliseconds);
        var watching = watch.RunAsync();
        WorkerExit exit;
        try
        {
            exit = await worker.RunAsync(new WorkerInput(job.Request, database), watch.Latest, stop.Token).ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            LogWorkerMissing(id, problem.Message);
            exit = new WorkerExit(-1, null, problem.Message, false);
        }
        finally
        {
            await watch.StopAsync(watching).ConfigureAwait(false);
        }

        await EndAsync(job, exit, watch.CancelRequested, cancellationToken.IsCancellationRequested, database).ConfigureAwait(false);
    }

    private async Task EndAsync(StartedJob job, WorkerExit exit, bool cancelled, bool stopping, string database)
    {
        // A busy database (SQLite under load) must not leave a finished job "running" for ever: the end is written again until it sticks.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await TryEndAsync(job, exit, cancelled, stopping, database).ConfigureAwait(false) || attempt == 10)
                {
                    return;
                }
            }
            catch (Exception problem) when (problem is System.Data.Common.DbException or InvalidOperationException or SchedulerException)
            {
                LogCannotEnd(job.Id, problem.Message);
            }

            await Task.Delay(TimeSpan.FromSeconds(attempt), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryEndAsync(StartedJob job, WorkerExit exit, bool cancelled, bool stopping, string database)
    {
        if (exit.Killed && cancelled)
        {
            return (await JobLifecycle.EndAsync(job.Id, JobStates.Cancelled, new LocalizedText("Dibatalkan oleh pengguna.", "Cancelled by its user."), null, database).ConfigureAwait(false)).Succeeded;
        }

        if (exit.Killed && stopping)
        {
            // The server is stopping: the job goes back to the queue and runs again on a server that runs jobs.
            var requeued = await JobLifecycle.EndAsync(job.Id, JobStates.Queued, new LocalizedText("Server berhenti; pekerjaan akan dijalankan lagi.", "The server stopped; the job will run again."), null, database).ConfigureAwait(false);
            if (requeued.Succeeded)
            {
                await scheduler.EnqueueAsync(job.Id, CancellationToken.None).ConfigureAwait(false);
            }

            return requeued.Succeeded;
        }

        if (exit is { ExitCode: 0, Last: { Type: WorkerLineTypes.Result } result })
        {
            return (await JobLifecycle.EndAsync(job.Id, JobStates.Succeeded, new LocalizedText("Selesai.", "Done."), new JobOutput(result.Result ?? "{}", result.File), database).ConfigureAwait(false)).Succeeded;
        }

        if (exit.Last is { Type: WorkerLineTypes.Error } refused)
        {
            return (await JobLifecycle.EndAsync(job.Id, JobStates.Failed, refused.Message, null, database).ConfigureAwait(false)).Succeeded;
        }

        LogWorkerDied(job.Id, exit.ExitCode, exit.Errors);
        return (await JobLifecycle.EndAsync(job.Id, JobStates.Failed, new LocalizedText(
            $"Pengoptimal berhenti tak terduga (kode {exit.ExitCode}); coba lagi. Jika terulang, hubungi administrator.",
            $"The optimizer stopped unexpectedly (code {exit.ExitCode}); try again. If it happens again, tell your administrator."), null, database).ConfigureAwait(false)).Succeeded;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} cannot start: {Problem}")]
    private partial void LogCannotStart(Guid jobId, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} cannot start yet: {Problem}; it is tried again in {Delay}")]
    private partial void LogStartLater(Guid jobId, string problem, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Error, Message = "The worker for job {JobId} could not be started: {Problem}")]
    private partial void LogWorkerMissing(Guid jobId, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The end of job {JobId} could not be written yet: {Problem}")]
    private partial void LogCannotEnd(Guid jobId, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "The worker for job {JobId} ended with code {ExitCode}; its last errors: {Errors}")]
    private partial void LogWorkerDied(Guid jobId, int exitCode, string errors);
}
