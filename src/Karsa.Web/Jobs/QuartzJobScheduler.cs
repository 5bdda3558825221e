using Karsa.Application.Jobs;
using Quartz;

namespace Karsa.Web.Jobs;

/// <summary>Queues Karsa jobs as Quartz jobs in the database (one Quartz job and trigger per run; recovery on).</summary>
public sealed class QuartzJobScheduler(ISchedulerFactory schedulers) : IJobScheduler
{
    /// <summary>The Quartz group of Karsa's jobs.</summary>
    public const string Group = "karsa-jobs";

    /// <inheritdoc />
    public Task EnqueueAsync(Guid id, CancellationToken cancellationToken = default) => EnqueueLaterAsync(id, TimeSpan.Zero, cancellationToken);

    /// <inheritdoc />
    public async Task EnqueueLaterAsync(Guid id, TimeSpan after, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var name = $"{id:N}-{Guid.NewGuid():N}";
        var job = JobBuilder.Create<RunJob>()
            .WithIdentity(name, Group)
            .UsingJobData(RunJob.JobIdKey, id.ToString())
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create().WithIdentity(name, Group).ForJob(job)
            .StartAt(DateTimeOffset.UtcNow + after).Build();
        await scheduler.ScheduleJob(job, trigger, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
