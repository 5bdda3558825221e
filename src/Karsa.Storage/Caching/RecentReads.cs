using System.Data.Common;

namespace Karsa.Storage.Caching;

/// <summary>
/// Small facts read on almost every request of the public and region pages (the change stamps of a
/// region's observations, progress and evaluation results, its progress settings, its indicator
/// definitions, a region's newest version on SQLite, a user's unread notices), kept per database and key
/// while this process has written nothing to that database (<see cref="WriteGenerations"/>). A change
/// made through this process shows at once; one made by another process sharing the database (another
/// web server, the command line) shows within <see cref="Lifetime"/>, or, for facts read with
/// <see cref="GetRefreshingAsync"/>, within <see cref="StaleLimit"/>. At most <see cref="Capacity"/> facts are kept.
/// </summary>
public static class RecentReads
{
    /// <summary>How long a fact is answered without reading it again while this process writes nothing.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The oldest a fact read with <see cref="GetRefreshingAsync"/> is ever answered: past
    /// <see cref="Lifetime"/> it is answered while one background read replaces it; past this age the caller waits for the read.
    /// </summary>
    public static readonly TimeSpan StaleLimit = TimeSpan.FromSeconds(15);

    /// <summary>The most facts kept (a national installation's regions times the kinds asked for).</summary>
    public const int Capacity = 20_000;

    private static readonly BoundedCache<(string Database, string Key), Entry> Cache = new(Capacity);

    /// <summary>
    /// The fact kept under <paramref name="key"/> in <paramref name="location"/> while younger than
    /// <see cref="Lifetime"/>, or <paramref name="read"/>'s answer, then kept. <paramref name="read"/> may use
    /// the caller's resources (a context of its unit of work): it only runs while the caller waits.
    /// </summary>
    public static async Task<T> GetAsync<T>(DatabaseLocation location, string key, Func<Task<T>> read)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(read);

        // The generation is taken before the read: a write in between makes the kept fact stale at once.
        var generation = WriteGenerations.Of(location);
        var now = Environment.TickCount64;
        var place = (location.ConnectionString, key);
        if (Cache.TryGet(place, out var kept) && kept.Generation == generation && now < kept.Until && kept.Value is T known)
        {
            return known;
        }

        return Keep(place, generation, now, await read().ConfigureAwait(false));
    }

    /// <summary>
    /// Like <see cref="GetAsync"/>, but a fact older than <see cref="Lifetime"/> (and younger than
    /// <see cref="StaleLimit"/>, with no write of this process since) is answered at once while one
    /// background read replaces it, so that a busy page never waits for the database to tell it what
    /// it almost surely knows. <paramref name="read"/> must hold nothing of the caller's (it opens its own
    /// contexts) and is given the caller's token when the caller waits, none in the background.
    /// </summary>
    public static async Task<T> GetRefreshingAsync<T>(DatabaseLocation location, string key, Func<CancellationToken, Task<T>> read, CancellationToken cancellationToken)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(read);

        var generation = WriteGenerations.Of(location);
        var now = Environment.TickCount64;
        var place = (location.ConnectionString, key);
        if (Cache.TryGet(place, out var kept) && kept.Generation == generation && kept.Value is T known)
        {
            if (now < kept.Until)
            {
                return known;
            }

            if (now < kept.Until - (long)Lifetime.TotalMilliseconds + (long)StaleLimit.TotalMilliseconds)
            {
                if (Interlocked.Exchange(ref kept.Refreshing, 1) == 0)
                {
                    _ = RefreshAsync(place, generation, read, kept);
                }

                return known;
            }
        }

        return Keep(place, generation, now, await read(cancellationToken).ConfigureAwait(false));
    }

    private static async Task RefreshAsync<T>((string, string) place, long generation, Func<CancellationToken, Task<T>> read, Entry stale)
        where T : notnull
    {
        try
        {
            await Task.Yield();
            Keep(place, generation, Environment.TickCount64, await read(CancellationToken.None).ConfigureAwait(false));
        }
        catch (Exception error) when (error is StorageException or DbException or InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            // The stale fact stays until StaleLimit; the next caller tries again, and past the limit reads while it waits.
            Volatile.Write(ref stale.Refreshing, 0);
        }
    }

    private static T Keep<T>((string, string) place, long generation, long now, T value)
        where T : notnull
    {
        Cache.Keep(place, new Entry(generation, now + (long)Lifetime.TotalMilliseconds, value));
        return value;
    }

    private sealed class Entry(long generation, long until, object value)
    {
        /// <summary>1 while a background read replaces this entry.</summary>
        public int Refreshing;

        public long Generation { get; } = generation;

        public long Until { get; } = until;

        public object Value { get; } = value;
    }
}
