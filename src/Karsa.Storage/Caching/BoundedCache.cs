using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Karsa.Storage.Caching;

/// <summary>
/// An in-process cache of at most <c>capacity</c> entries that starts over when full: for values that are
/// cheap to build again and keyed so that a kept value is never stale (a content hash, a stamp).
/// Thread-safe.
/// </summary>
/// <typeparam name="TKey">What a value is found by.</typeparam>
/// <typeparam name="TValue">The value kept.</typeparam>
public sealed class BoundedCache<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _entries = new();

    /// <summary>The value kept under <paramref name="key"/>, if any.</summary>
    public bool TryGet(TKey key, [MaybeNullWhen(false)] out TValue value) => _entries.TryGetValue(key, out value);

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/>, forgetting everything first when the cache is full.</summary>
    public void Keep(TKey key, TValue value)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = value;
    }
}
