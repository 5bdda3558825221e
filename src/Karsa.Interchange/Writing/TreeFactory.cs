using System.Globalization;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Writing;

/// <summary>Small helpers that build the tree a plan is written from.</summary>
internal static class TreeFactory
{
    /// <summary>A string.</summary>
    public static ScalarNode String(string text) => new(text, ScalarType.String);

    /// <summary>A string written in quotes always (region and district codes).</summary>
    public static ScalarNode Quoted(string text) => new(text, ScalarType.String) { AlwaysQuote = true };

    /// <summary>A string, or nothing for null.</summary>
    public static ScalarNode? OptionalString(string? text) => text is null ? null : String(text);

    /// <summary>A whole number.</summary>
    public static ScalarNode Number(long value) => new(value.ToString(CultureInfo.InvariantCulture), ScalarType.Number);

    /// <summary>A decimal number, canonically formatted.</summary>
    public static ScalarNode Number(decimal value) => new(Decimals.Format(value), ScalarType.Number);

    /// <summary>A fiscal year.</summary>
    public static ScalarNode Year(FiscalYear year) => Number(year.Value);

    /// <summary>A year, or nothing.</summary>
    public static ScalarNode? Year(FiscalYear? year) => year is { } y ? Year(y) : null;

    /// <summary>true, or nothing for false (the default of every flag).</summary>
    public static ScalarNode? Flag(bool value) => value ? new ScalarNode("true", ScalarType.Boolean) : null;

    /// <summary>A text: a plain string, or <c>{id, en}</c> when there is English.</summary>
    public static Node Text(LocalizedText text) =>
        text.English is null ? String(text.Indonesian) : new MapBuilder(compact: true).Add("id", String(text.Indonesian)).Add("en", String(text.English)).Node;

    /// <summary>A text, or nothing.</summary>
    public static Node? OptionalText(LocalizedText? text) => text is null ? null : Text(text);

    /// <summary>A list of <paramref name="items"/>, or nothing when there are none.</summary>
    public static SequenceNode? List<T>(IEnumerable<T> items, Func<T, Node> item, bool compact = false)
    {
        var list = new SequenceNode { Compact = compact };
        list.Items.AddRange(items.Select(item));
        return list.Items.Count == 0 ? null : list;
    }
}

/// <summary>Builds a mapping entry by entry, leaving out absent (null) values.</summary>
internal sealed class MapBuilder(bool compact = false)
{
    /// <summary>The mapping built so far.</summary>
    public MappingNode Node { get; } = new() { Compact = compact };

    /// <summary>The mapping, or nothing when it has no entries.</summary>
    public MappingNode? NodeOrNull => Node.Entries.Count == 0 ? null : Node;

    /// <summary>Adds <paramref name="key"/> unless <paramref name="value"/> is null.</summary>
    public MapBuilder Add(string key, Node? value) => Add(TreeFactory.String(key), value);

    /// <summary>Adds <paramref name="key"/> (e.g. a year written as a number) unless <paramref name="value"/> is null.</summary>
    public MapBuilder Add(ScalarNode key, Node? value)
    {
        if (value is not null)
        {
            Node.Entries.Add(new MappingEntry(key, value));
        }

        return this;
    }
}
