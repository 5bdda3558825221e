using System.Collections.Concurrent;

namespace Karsa.Storage.Heads;

/// <summary>
/// The heads (<see cref="VersionHead"/>) of regions' versions that this process has read, for one
/// database, kept only while the database tells the process of every change to its versions
/// (<see cref="VersionChangeFeed"/>). While no feed listens the cache holds nothing and every read
/// goes to the database, so a missed change can never be served.
/// </summary>
/// <remarks>
/// A read that raced with a change is never kept: a reader takes a <see cref="Ticket"/> before it
/// queries and <see cref="Keep"/> refuses the answer when the region changed, or the feed went down
/// or up, since the ticket was taken. Thread-safe.
/// </remarks>
internal sealed class VersionHeadCache
{
    private readonly ConcurrentDictionary<HeadKey, VersionHead?> _heads = new();
    private readonly ConcurrentDictionary<string, long> _regionChanges = new(StringComparer.Ordinal);
    private long _epoch;
    private int _listeners;

    /// <summary>Which head of a region a read asks for (as <c>PlanStore.HeadAsync</c> does).</summary>
    public readonly record struct HeadKey(string Region, bool PublishedOnly, int? Version);

    /// <summary>What a reader saw before its query: the feed's epoch and the region's change count.</summary>
    public readonly record struct Ticket(long Epoch, long RegionChanges, bool Live);

    /// <summary>Whether the feed is listening now, so that answers may be kept.</summary>
    public bool Live => Volatile.Read(ref _listeners) > 0;

    /// <summary>The kept head for <paramref name="key"/>, when the feed is live and one is kept.</summary>
    public bool TryGet(HeadKey key, out VersionHead? head)
    {
        head = null;
        return Live && _heads.TryGetValue(key, out head);
    }

    /// <summary>Taken before a query whose answer may be kept.</summary>
    public Ticket Take(string region) =>
        new(Interlocked.Read(ref _epoch), _regionChanges.GetValueOrDefault(region), Live);

    /// <summary>Keeps <paramref name="head"/> unless anything changed since <paramref name="ticket"/> was taken.</summary>
    public void Keep(HeadKey key, VersionHead? head, Ticket ticket)
    {
        if (!ticket.Live || !Live)
        {
            return;
        }

        _heads[key] = head;

        // Re-checked after storing: a change that came in between removes what was stored.
        if (Interlocked.Read(ref _epoch) != ticket.Epoch || _regionChanges.GetValueOrDefault(key.Region) != ticket.RegionChanges)
        {
            _heads.TryRemove(key, out _);
        }
    }

    /// <summary>The versions of <paramref name="region"/> changed: forget its heads.</summary>
    public void Changed(string region)
    {
        _regionChanges.AddOrUpdate(region, 1, (_, count) => count + 1);
        foreach (var key in _heads.Keys.Where(k => k.Region == region))
        {
            _heads.TryRemove(key, out _);
        }
    }

    /// <summary>Anything may have changed (a truncate, or a change the feed could not name): forget everything.</summary>
    public void ChangedAll()
    {
        Interlocked.Increment(ref _epoch);
        _heads.Clear();
    }

    /// <summary>
    /// A listener listens now: answers read from here on may be kept. Several listeners (e.g. two
    /// hosts in one process) may share the cache: it stays live while any of them listens.
    /// </summary>
    public void GoLive()
    {
        ChangedAll();
        Interlocked.Increment(ref _listeners);
    }

    /// <summary>A listener stopped listening: when it was the last, keep nothing and serve nothing kept.</summary>
    public void GoDark()
    {
        Interlocked.Decrement(ref _listeners);
        ChangedAll();
    }
}
