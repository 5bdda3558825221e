using CsCheck;

namespace Karsa.Testing;

/// <summary>Deterministic random choices drawn from one PCG stream (same seed, same choices).</summary>
internal sealed class Draw(ulong seed)
{
    private readonly PCG _random = new(7, seed);

    /// <summary>An integer in <paramref name="min"/>..<paramref name="max"/> inclusive.</summary>
    public int Int(int min, int max) => min + (int)_random.Next((uint)(max - min + 1));

    /// <summary>A non-negative long below <paramref name="limit"/>.</summary>
    public long Long(long limit) => (long)_random.Next64((ulong)limit);

    /// <summary>True with the given percentage.</summary>
    public bool Chance(int percent) => Int(1, 100) <= percent;

    /// <summary>A decimal in <paramref name="min"/>..<paramref name="max"/> with up to <paramref name="decimals"/> decimals.</summary>
    public decimal Decimal(decimal min, decimal max, int decimals = 2)
    {
        var scale = (decimal)Math.Pow(10, decimals);
        var steps = (long)((max - min) * scale);
        return min + (Long(steps + 1) / scale);
    }

    /// <summary>One of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count - 1)];

    /// <summary>A value of an enum.</summary>
    public T PickEnum<T>()
        where T : struct, Enum => Pick(Enum.GetValues<T>());

    /// <summary>Up to <paramref name="max"/> distinct items of <paramref name="items"/>, in their order.</summary>
    public List<T> Subset<T>(IReadOnlyList<T> items, int max)
    {
        var chosen = new SortedSet<int>();
        var count = Int(0, Math.Min(max, items.Count));
        while (chosen.Count < count)
        {
            chosen.Add(Int(0, items.Count - 1));
        }

        return [.. chosen.Select(i => items[i])];
    }

    /// <summary><paramref name="count"/> items made by <paramref name="make"/> from their index.</summary>
    public static List<T> Many<T>(int count, Func<int, T> make) => [.. Enumerable.Range(0, count).Select(make)];

    /// <summary>Either null or a value from <paramref name="make"/>.</summary>
    public T? Maybe<T>(Func<T> make, int percent = 50)
        where T : class => Chance(percent) ? make() : null;
}
