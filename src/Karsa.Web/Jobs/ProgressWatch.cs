using Karsa.Application.Jobs;

namespace Karsa.Web.Jobs;

/// <summary>
/// Beside a running worker: every poll interval it records the newest progress line in the jobs table
/// and, when the job's user asked to cancel, stops the worker.
/// </summary>
internal sealed class ProgressWatch(Guid id, string database, CancellationTokenSource stop, int pollMilliseconds) : IDisposable
{
    private readonly CancellationTokenSource _done = new();
    private WorkerLine? _latest;

    /// <summary>True when the job's user asked to cancel it.</summary>
    public bool CancelRequested { get; private set; }

    /// <summary>Takes a progress line (from the worker's output thread).</summary>
    public void Latest(WorkerLine line) => Interlocked.Exchange(ref _latest, line);

    /// <summary>Records progress and looks for a cancellation until stopped.</summary>
    public async Task RunAsync()
    {
        try
        {
            while (!_done.IsCancellationRequested)
            {
                await Task.Delay(Math.Max(50, pollMilliseconds), _done.Token).ConfigureAwait(false);
                var line = Interlocked.Exchange(ref _latest, null);
                if (await JobLifecycle.ReportAsync(id, line?.Fraction, line?.Message, database, CancellationToken.None).ConfigureAwait(false))
                {
                    CancelRequested = true;
                    await stop.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the worker has ended.
        }
    }

    /// <summary>Stops watching and waits for the loop to end.</summary>
    public async Task StopAsync(Task watching)
    {
        ArgumentNullException.ThrowIfNull(watching);
        await _done.CancelAsync().ConfigureAwait(false);
        await watching.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => _done.Dispose();
}
