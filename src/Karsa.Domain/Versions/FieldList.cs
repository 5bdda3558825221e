using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions;

/// <summary>Collects the field changes of one item, field by field in the plan file's order.</summary>
internal sealed class FieldList(string itemPath)
{
    private readonly List<FieldChange> _changes = [];

    /// <summary>
    /// Records a change of a single-valued field when the two values differ (null = not set); a field of
    /// one entry of a list (a result's unit) names the entry by <paramref name="key"/> and <paramref name="keyName"/>.
    /// </summary>
    public FieldList Value(string field, ChangeValue? old, ChangeValue? @new, string? key = null, LocalizedText? keyName = null)
    {
        if (old != @new)
        {
            var path = key is null ? itemPath.Field(field) : itemPath.Field(field).Field(key);
            _changes.Add(new FieldChange(path, field, ChangeKinds.Between(old, @new), old, @new) { Key = key, KeyName = keyName });
        }

        return this;
    }

    /// <summary>Records that a field whose values are not worth showing (e.g. a scenario's rules) changed, when <paramref name="differs"/>.</summary>
    public FieldList Differs(string field, bool differs) =>
        differs ? Add(new FieldChange(itemPath.Field(field), field, ChangeKind.Changed, null, null)) : this;

    /// <summary>
    /// Records the entries of a keyed list field (cost lines, scores, member codes) that were added,
    /// removed or changed in the value <paramref name="value"/> shows; <paramref name="describe"/> adds the
    /// entry's key to each change.
    /// </summary>
    public FieldList Entries<T, TKey>(string field, IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, TKey> key,
        Func<T, ChangeValue> value, Func<T, FieldChange, FieldChange> describe)
        where T : class
        where TKey : notnull
    {
        foreach (var pair in Matching.ByKey(older, newer, key))
        {
            var (before, after) = (Wrap(pair.Old, value), Wrap(pair.New, value));
            if (pair.Kind is { } kind && before != after)
            {
                var change = new FieldChange(itemPath.Field(field), field, kind, before, after);
                change = describe(pair.Either, change);
                _changes.Add(change with { Path = change.Path.Field(EntryKey(change)) });
            }
        }

        return this;
    }

    /// <summary>Records the codes added to or removed from a set of codes (agencies, indicators, districts), with their names when known.</summary>
    public FieldList Members(string field, IEnumerable<string> older, IEnumerable<string> newer, Func<string, LocalizedText?> name) =>
        Entries(field, [.. older], [.. newer], c => c, c => new CodeValue(c), (c, f) => f with { Key = c, KeyName = name(c) });

    /// <summary>Records an entry change built by the caller (e.g. an aligned paragraph).</summary>
    public FieldList Add(FieldChange change)
    {
        _changes.Add(change);
        return this;
    }

    /// <summary>The changes, or an empty list.</summary>
    public ValueList<FieldChange> ToValueList() => _changes.ToValueList();

    /// <summary>The changed item, or null when no field differs.</summary>
    public ItemChange? ToItem(string subject, string key, LocalizedText? name) =>
        _changes.Count == 0 ? null : new ItemChange(subject, key, itemPath, ChangeKind.Changed) { Name = name, Fields = ToValueList() };

    private static ChangeValue? Wrap<T>(T? item, Func<T, ChangeValue> value)
        where T : class => item is null ? null : value(item);

    private static string EntryKey(FieldChange change) => string.Join('.', new[]
    {
        change.Year?.ToString(), change.Source is { } source ? source.Key : null, change.Key,
    }.Where(part => part is not null));
}
