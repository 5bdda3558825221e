using Microsoft.Data.Sqlite;

namespace Karsa.Storage;

/// <summary>
/// Recognises a SQLite file that is busy with another writer (the web app, its job scheduler and its
/// workers share one file): a failure worth trying again in a moment, unlike any other.
/// </summary>
public static class BusyDatabase
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>True when <paramref name="error"/> (or what caused it) is SQLite's "database is busy/locked".</summary>
    public static bool Is(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.GetBaseException() is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };
    }

    /// <summary>
    /// Runs <paramref name="work"/>, trying it again (after 0.2 s, 0.4 s, ...; up to <paramref name="attempts"/>
    /// times in all) while it fails only because the file is busy. <paramref name="work"/> must be a whole
    /// unit of work that reads what it changes, so that running it again is safe.
    /// </summary>
    public static async Task<T> RetryAsync<T>(Func<Task<T>> work, int attempts = 8)
    {
        ArgumentNullException.ThrowIfNull(work);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work().ConfigureAwait(false);
            }
            catch (Exception error) when (attempt < attempts && Is(error))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt)).ConfigureAwait(false);
            }
        }
    }
}
