namespace Karsa.Domain.Versions;

/// <summary>
/// Pairs the items of two versions of a list. Keyed lists (programmes, indicators) pair by key; ordered
/// lists (missions, paragraphs) pair by a longest-common-subsequence alignment, so one inserted item does
/// not make every later one look changed. Either way the result is in the newer version's order, with
/// removed items where they stood in the older one.
/// </summary>
internal static class Matching
{
    /// <summary>Pairs items with the same key.</summary>
    public static IReadOnlyList<Pair<T>> ByKey<T, TKey>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, TKey> key)
        where T : class
        where TKey : notnull
    {
        var newIndex = new Dictionary<TKey, int>();
        for (var i = 0; i < newer.Count; i++)
        {
            newIndex.TryAdd(key(newer[i]), i);
        }

        var oldByKey = new Dictionary<TKey, T>();
        foreach (var item in older)
        {
            oldByKey.TryAdd(key(item), item);
        }

        var oldMatch = older.Select(o => newIndex.TryGetValue(key(o), out var i) ? i : (int?)null).ToList();
        var placed = newer.Select((n, i) => (Pair: new Pair<T>(oldByKey.GetValueOrDefault(key(n)), n), At: (i, 0)));
        return Merge(placed, older, oldMatch);
    }

    /// <summary>
    /// Aligns two ordered lists: equal items of a longest common subsequence pair up; between them, items
    /// removed and added at the same place pair up as changed, the rest are added or removed.
    /// </summary>
    public static IReadOnlyList<Pair<T>> InOrder<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer)
        where T : class
    {
        var common = LongestCommon(older, newer);
        var result = new List<Pair<T>>();
        var (o, n) = (0, 0);
        foreach (var (nextOld, nextNew) in common.Append((older.Count, newer.Count)))
        {
            var removed = older.Skip(o).Take(nextOld - o).ToList();
            var added = newer.Skip(n).Take(nextNew - n).ToList();
            for (var i = 0; i < Math.Max(removed.Count, added.Count); i++)
            {
                result.Add(new Pair<T>(i < removed.Count ? removed[i] : null, i < added.Count ? added[i] : null));
            }

            if (nextOld < older.Count)
            {
                result.Add(new Pair<T>(older[nextOld], newer[nextNew]));
            }

            (o, n) = (nextOld + 1, nextNew + 1);
        }

        return result;
    }

    /// <summary>
    /// The differing pairs of an in-order alignment with the 1-based position each has in its version
    /// (in the newer one, or in the older one for a removed item).
    /// </summary>
    public static IEnumerable<(Pair<T> Pair, ChangeKind Kind, int Number)> Differences<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer)
        where T : class
    {
        var (o, n) = (0, 0);
        foreach (var pair in InOrder(older, newer))
        {
            o += pair.Old is null ? 0 : 1;
            n += pair.New is null ? 0 : 1;
            if (pair.Kind is { } kind)
            {
                yield return (pair, kind, kind == ChangeKind.Removed ? o : n);
            }
        }
    }

    private static List<Pair<T>> Merge<T>(IEnumerable<(Pair<T> Pair, (int, int) At)> placed, IReadOnlyList<T> older, List<int?> oldMatch)
        where T : class
    {
        var all = placed.ToList();
        var anchor = -1;
        for (var i = 0; i < older.Count; i++)
        {
            if (oldMatch[i] is { } matched)
            {
                anchor = matched;
            }
            else
            {
                all.Add((new Pair<T>(older[i], null), (anchor, i + 1)));
            }
        }

        return [.. all.OrderBy(p => p.At.Item1).ThenBy(p => p.At.Item2).Select(p => p.Pair)];
    }

    private static List<(int Old, int New)> LongestCommon<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer)
    {
        var comparer = EqualityComparer<T>.Default;
        var length = new int[older.Count + 1, newer.Count + 1];
        for (var i = older.Count - 1; i >= 0; i--)
        {
            for (var j = newer.Count - 1; j >= 0; j--)
            {
                length[i, j] = comparer.Equals(older[i], newer[j]) ? length[i + 1, j + 1] + 1 : Math.Max(length[i + 1, j], length[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        var (a, b) = (0, 0);
        while (a < older.Count && b < newer.Count)
        {
            if (comparer.Equals(older[a], newer[b]))
            {
                pairs.Add((a++, b++));
            }
            else if (length[a + 1, b] >= length[a, b + 1])
            {
                a++;
            }
            else
            {
                b++;
            }
        }

        return pairs;
    }
}
