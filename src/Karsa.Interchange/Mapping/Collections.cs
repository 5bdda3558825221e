using Karsa.Domain.Primitives;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads the lists and keyed mappings of the plan file, recording each item's and entry's position.</summary>
internal static class Collections
{
    /// <summary>The items of a list read by <paramref name="item"/> (items it could not read are left out).</summary>
    public static ValueList<T> ReadList<T>(this ReadContext context, Node? node, string path, Func<Node, string, T?> item)
        where T : class =>
        context.Items(node, path, item).OfType<T>().ToValueList();

    /// <summary>Like <see cref="ReadList{T}"/> for value types such as codes.</summary>
    public static ValueList<T> ReadValues<T>(this ReadContext context, Node? node, string path, Func<Node, string, T?> item)
        where T : struct =>
        context.Items(node, path, item).Where(v => v.HasValue).Select(v => v!.Value).ToValueList();

    /// <summary>Visits each entry of a keyed mapping (key, value, the entry's path), recording the key's position.</summary>
    public static void ReadEntries(this ReadContext context, Node? node, string path, Action<ScalarNode, Node, string> entry)
    {
        if (node is null)
        {
            return;
        }

        if (node is not MappingNode mapping)
        {
            context.WrongType<object>(node, "a mapping", path);
            return;
        }

        foreach (var (key, value) in mapping.Entries)
        {
            var entryPath = PathJoin.Field(path, key.Text);
            context.Mark(entryPath, key.Position);
            entry(key, value, entryPath);
        }
    }

    /// <summary>Visits each entry of a mapping keyed by fiscal year; the entry's path uses the year as written by the model.</summary>
    public static void ReadYearEntries(this ReadContext context, Node? node, string path, Action<FiscalYear, Node, string> entry) =>
        context.ReadEntries(node, path, (key, value, _) =>
        {
            if (context.ReadYearKey(key, PathJoin.Field(path, key.Text)) is { } year)
            {
                var yearPath = PathJoin.Field(path, year.ToString());
                context.Mark(yearPath, key.Position);
                entry(year, value, yearPath);
            }
        });

    /// <summary>Visits each entry of a mapping keyed by <paramref name="table"/>'s keys (e.g. funding sources).</summary>
    public static void ReadKeyedEntries<T>(this ReadContext context, Node? node, string path, KeyTable<T> table, Action<T, Node, string> entry)
        where T : struct, Enum =>
        context.ReadEntries(node, path, (key, value, entryPath) =>
        {
            if (table.TryParse(key.Text, out var parsed))
            {
                entry(parsed, value, entryPath);
            }
            else
            {
                context.Report(table.Unknown(key.Text), entryPath, key.Position);
            }
        });

    /// <summary>Visits each entry of a mapping keyed by codes, each validated by the domain constructor <paramref name="make"/>.</summary>
    public static void ReadCodeEntries<T>(this ReadContext context, Node? node, string path, Func<string, T> make, Action<T, Node, string> entry)
        where T : struct =>
        context.ReadEntries(node, path, (key, value, entryPath) =>
        {
            if (context.TryBuild(() => make(key.Text), entryPath, key.Position, out var code))
            {
                entry(code, value, entryPath);
            }
        });

    private static List<T?> Items<T>(this ReadContext context, Node? node, string path, Func<Node, string, T?> item)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not SequenceNode sequence)
        {
            context.WrongType<object>(node, "a list", path);
            return [];
        }

        var items = new List<T?>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            var itemPath = PathJoin.Item(path, i);
            context.Mark(itemPath, sequence.Items[i].Position);
            items.Add(item(sequence.Items[i], itemPath));
        }

        return items;
    }
}
