using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions;

/// <summary>
/// Compares a list of items with codes (indicators, agencies, programmes), or one optional part (a
/// foreword, a plan-level section): added, removed, or changed field by field.
/// </summary>
internal static class Keyed
{
    /// <summary>
    /// The changed items of two versions of a keyed list, in plan order: added and removed ones whole,
    /// changed ones with the fields <paramref name="fields"/> finds different (or as a whole when
    /// it finds none). <paramref name="summary"/> gives an added or removed item's value, e.g. a total cost.
    /// </summary>
    public static IEnumerable<ItemChange> Items<T>(IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, string> key,
        string list, string subject, Func<T, LocalizedText?> name, Func<T, T, FieldList, FieldList> fields, Func<T, ChangeValue?>? summary = null)
        where T : class =>
        Matching.ByKey(older, newer, key)
            .Select(pair => pair.Kind is null ? null : Item(pair, ChangePaths.Keyed(list, key(pair.Either)), subject, key(pair.Either), name(pair.Either), fields, summary))
            .OfType<ItemChange>();

    /// <summary>
    /// One optional part of the plan at <paramref name="path"/> (null when absent in a version): added or
    /// removed whole with its <paramref name="summary"/>, changed with its fields; null when equal.
    /// </summary>
    public static ItemChange? One<T>(T? older, T? newer, string path, string subject, Func<T, ChangeValue?> summary, Func<T, T, FieldList, FieldList> fields)
        where T : class
    {
        var pair = new Pair<T>(older, newer);
        return older is null && newer is null || pair.Kind is null ? null : Item(pair, path, subject, subject, null, fields, summary);
    }

    private static ItemChange Item<T>(Pair<T> pair, string path, string subject, string key, LocalizedText? name,
        Func<T, T, FieldList, FieldList> fields, Func<T, ChangeValue?>? summary)
        where T : class
    {
        var kind = pair.Kind!.Value;
        var whole = new ItemChange(subject, key, path, kind)
        {
            Name = name,
            Old = pair.Old is { } old && kind == ChangeKind.Removed ? summary?.Invoke(old) : null,
            New = pair.New is { } @new && kind == ChangeKind.Added ? summary?.Invoke(@new) : null,
        };
        return kind == ChangeKind.Changed
            ? fields(pair.Old!, pair.New!, new FieldList(path)).ToItem(subject, key, name) ?? whole
            : whole;
    }
}
