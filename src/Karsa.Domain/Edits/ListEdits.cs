using Karsa.Domain.Primitives;

namespace Karsa.Domain.Edits;

/// <summary>Changes to one list of the content that leave every other item where it was.</summary>
internal static class ListEdits
{
    /// <summary>
    /// <paramref name="list"/> with the item matching <paramref name="same"/> replaced by
    /// <paramref name="item"/> (removed when null); a new item goes at the index
    /// <paramref name="whereNew"/> gives (the end when it gives -1).
    /// </summary>
    public static ValueList<T> Put<T>(ValueList<T> list, T? item, Func<T, bool> same, Func<IReadOnlyList<T>, int> whereNew)
        where T : class
    {
        var items = list.ToList();
        var at = items.FindIndex(x => same(x));
        if (at >= 0)
        {
            items.RemoveAt(at);
        }
        else
        {
            at = whereNew(items) is var index and >= 0 ? index : items.Count;
        }

        if (item is not null)
        {
            items.Insert(at, item);
        }

        return items.ToValueList();
    }

    /// <summary>Puts <paramref name="item"/> in place of the one matching <paramref name="same"/>, or at the end.</summary>
    public static ValueList<T> Put<T>(ValueList<T> list, T? item, Func<T, bool> same)
        where T : class => Put(list, item, same, _ => -1);

    /// <summary>The index of the first item matching <paramref name="match"/>, or -1.</summary>
    public static int FirstIndex<T>(this IReadOnlyList<T> items, Func<T, bool> match) =>
        items.Select((x, i) => (x, i)).FirstOrDefault(p => match(p.x), (default!, -1)).i;

    /// <summary>The index of the last item matching <paramref name="match"/>, or -1.</summary>
    public static int LastIndex<T>(this IReadOnlyList<T> items, Func<T, bool> match) =>
        items.Select((x, i) => (x, i)).LastOrDefault(p => match(p.x), (default!, -1)).i;
}
