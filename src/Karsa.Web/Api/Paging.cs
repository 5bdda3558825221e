namespace Karsa.Web.Api;

/// <summary>A page of a list: its items, where it starts, its size and the total.</summary>
/// <typeparam name="T">The item.</typeparam>
/// <param name="Items">This page's items.</param>
/// <param name="Offset">How many items come before this page.</param>
/// <param name="Limit">The page size asked for.</param>
/// <param name="Total">How many items the whole list has.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, int Total)
;

/// <summary>Cuts pages from lists.</summary>
public static class Paging
{
    /// <summary>The largest page an API caller may ask for.</summary>
    public const int MaxLimit = 200;

    /// <summary>Cuts the page (<paramref name="offset"/>, <paramref name="limit"/>, clamped to sensible bounds) from <paramref name="all"/>.</summary>
    public static Page<T> Of<T>(IReadOnlyList<T> all, int? offset, int? limit)
    {
        ArgumentNullException.ThrowIfNull(all);
        var start = Math.Clamp(offset ?? 0, 0, all.Count);
        var size = Math.Clamp(limit ?? 50, 1, MaxLimit);
        return new Page<T>([.. all.Skip(start).Take(size)], start, size, all.Count);
    }
}
