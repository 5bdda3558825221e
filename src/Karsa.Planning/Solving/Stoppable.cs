namespace Karsa.Planning.Solving;

/// <summary>
/// Runs a native search (CP-SAT, Glop) that a <see cref="CancellationToken"/> stops: on cancellation
/// the search's stop action (<c>CpSolver.StopSearch</c>, <c>Solver.InterruptSolve</c>) is called
/// until the search has returned (a stop that comes just before the search has started is lost, so
/// it is repeated), then <see cref="OperationCanceledException"/> is thrown. Nothing keeps running
/// after it returns.
/// </summary>
internal static class Stoppable
{
    /// <summary>How often a cancelled search is told again to stop until it has returned.</summary>
    private static readonly TimeSpan StopPeriod = TimeSpan.FromMilliseconds(20);

    /// <summary>Runs <paramref name="search"/>, stopped by <paramref name="stop"/> on cancellation; throws <see cref="OperationCanceledException"/> when <paramref name="token"/> is cancelled.</summary>
    public static T Run<T>(Func<T> search, Action stop, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        using var returned = new CancellationTokenSource();
        Task? stopping = null;
        T result;
        using (token.Register(() => stopping = StopUntilReturned(stop, returned.Token)))
        {
            result = search();
            returned.Cancel();
        }

        // Disposing the registration waited for its callback, so stopping is settled; it ends within one period.
        stopping?.Wait(CancellationToken.None);
        token.ThrowIfCancellationRequested();
        return result;
    }

    private static async Task StopUntilReturned(Action stop, CancellationToken returned)
    {
        while (!returned.IsCancellationRequested)
        {
            stop();
            try
            {
                await Task.Delay(StopPeriod, returned).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
