using Google.OrTools.Sat;

namespace Karsa.Planning.Solving;

/// <summary>
/// Runs a CP-SAT search that a <see cref="CancellationToken"/> stops: on cancellation
/// <see cref="CpSolver.StopSearch"/> is called until the search has returned (a stop that comes just
/// before the search has started does nothing, so it is repeated), then
/// <see cref="OperationCanceledException"/> is thrown. Nothing keeps running after it returns.
/// </summary>
internal static class StoppableSearch
{
    /// <summary>How often a cancelled search is told again to stop until it has returned.</summary>
    private static readonly TimeSpan StopPeriod = TimeSpan.FromMilliseconds(20);

    /// <summary>Solves <paramref name="model"/> with <paramref name="solver"/>; throws <see cref="OperationCanceledException"/> when <paramref name="token"/> is cancelled.</summary>
    public static CpSolverStatus Solve(CpSolver solver, CpModel model, SolutionCallback? callback, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        using var returned = new CancellationTokenSource();
        Task? stopping = null;
        CpSolverStatus status;
        using (token.Register(() => stopping = StopUntilReturned(solver, returned.Token)))
        {
            status = solver.Solve(model, callback);
            returned.Cancel();
        }

        // Disposing the registration waited for its callback, so stopping is settled; it ends within one period.
        stopping?.Wait(CancellationToken.None);
        token.ThrowIfCancellationRequested();
        return status;
    }

    private static async Task StopUntilReturned(CpSolver solver, CancellationToken returned)
    {
        while (!returned.IsCancellationRequested)
        {
            solver.StopSearch();
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
