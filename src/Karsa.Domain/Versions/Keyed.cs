using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions;

/// <summary>Compares a list of items with codes (indicators, agencies, programmes): added, removed, or changed field by field.</summary>
internal static class Keyed
{
    /// <summary>
    /// The changed items of two versions of a keyed list, in plan order: added and removed ones whole,
    /// changed ones with the fields <paramref name="fields"/> finds different (or as a whole when
    /// it finds none). <paramref name="summary"/> gives an added or removed item's value, e.g. a total cost.
    /// </summary>
    public static IEnumerable<ItemChange> Items<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, string> key,
        string list, string subject, Func<T, LocalizedText?> name, Func<T, T, FieldList, FieldList> fields, Func<T, ChangeValue?>? summary = null)
        where T : class
    {
        foreach (var pair in Matching.ByKey(older, newer, key))
        {
            if (pair.Kind is not { } kind)
            {
                continue;
            }

            var path = ChangePaths.Keyed(list, key(pair.Either));
            var whole = new ItemChange(subject, key(pair.Either), path, kind)
            {
                Name = name(pair.Either),
                Old = pair.Old is { } old && kind == ChangeKind.Removed ? summary?.Invoke(old) : null,
                New = pair.New is { } @new && kind == ChangeKind.Added ? summary?.Invoke(@new) : null,
            };
            yield return kind == ChangeKind.Changed
                ? fields(pair.Old!, pair.New!, new FieldList(path)).ToItem(subject, whole.Key, whole.Name) ?? whole
                : whole;
        }
    }
}
