namespace Karsa.Storage;

/// <summary>
/// A test seam for crash safety: when the environment variable <c>KARSA_TEST_PAUSE_BEFORE_COMMIT</c>
/// names a file, a save creates that file once all its rows are written inside the transaction and
/// then waits before committing, so a test can kill the process at that moment and check that
/// nothing was half-written. Unset in normal use.
/// </summary>
internal static class FaultInjection
{
    private const string Variable = "KARSA_TEST_PAUSE_BEFORE_COMMIT";

    public static async Task PauseBeforeCommitAsync(CancellationToken cancellationToken)
    {
        var marker = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(marker))
        {
            return;
        }

        await File.WriteAllTextAsync(marker, "paused", cancellationToken).ConfigureAwait(false);
        await Task.Delay(TimeSpan.FromMinutes(10), cancellationToken).ConfigureAwait(false);
    }
}
