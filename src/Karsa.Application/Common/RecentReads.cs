using Karsa.Storage;

namespace Karsa.Application.Common;

/// <summary>
/// Small facts read on almost every request of the public and region pages (the change stamps of a
/// region's observations, progress and evaluation results, its progress settings, its indicator
/// definitions), kept per database and key while this process has written nothing to that database
/// (<see cref="WriteGenerations"/>) and for at most <see cref="Lifetime"/>. A change made through this
/// process shows at once; one made by another process sharing the database (another web server, the
/// command line) shows within <see cref="Lifetime"/>. At most <see cref="Capacity"/> facts are kept.
/// </summary>
internal static class RecentReads
{
    /// <summary>How long a fact is kept while this process writes nothing.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    /// <summary>The most facts kept (a national installation's regions times the kinds asked for).</summary>
    public const int Capacity = 20_000;

    private static readonly BoundedCache<(string Database, string Key), Entry> Cache = new(Capacity);

    /// <summary>The fact kept under <paramref name="key"/> in <paramref name="location"/>, or <paramref name="read"/>'s answer, then kept.</summary>
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

        var value = await read().ConfigureAwait(false);
        Cache.Keep(place, new Entry(generation, now + (long)Lifetime.TotalMilliseconds, value));
        return value;
    }

    private sealed record Entry(long Generation, long Until, object Value);
}
