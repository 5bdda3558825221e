namespace Karsa.Application.Jobs;

/// <summary>The states of a job (<c>JobRecord.State</c>).</summary>
public static class JobStates
{
    /// <summary>Waiting for a free slot.</summary>
    public const string Queued = "Queued";

    /// <summary>A worker is on it.</summary>
    public const string Running = "Running";

    /// <summary>Done, with a result.</summary>
    public const string Succeeded = "Succeeded";

    /// <summary>Ended without a result; the message says why; it may be retried.</summary>
    public const string Failed = "Failed";

    /// <summary>Stopped at its user's request.</summary>
    public const string Cancelled = "Cancelled";

    /// <summary>True when the job will not change again by itself.</summary>
    public static bool IsFinished(string state) => state is Succeeded or Failed or Cancelled;
}

/// <summary>Where new and retried jobs go to be run (the web server's scheduler); the use cases do not know which one.</summary>
public interface IJobScheduler
{
    /// <summary>Queues the job <paramref name="id"/> to be run once.</summary>
    Task EnqueueAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Queues the job <paramref name="id"/> to be run once, <paramref name="after"/> a while.</summary>
    Task EnqueueLaterAsync(Guid id, TimeSpan after, CancellationToken cancellationToken = default);
}
