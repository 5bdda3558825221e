using Karsa.Domain.Primitives;
using Karsa.Interchange.Parsing;

namespace Karsa.Interchange.Tree;

/// <summary>What a scalar holds once its syntax is resolved (YAML 1.2 core schema, or the JSON token).</summary>
internal enum ScalarType
{
    /// <summary>Text: any quoted, block or plain scalar that is not one of the others.</summary>
    String,

    /// <summary>A number; the text is its literal.</summary>
    Number,

    /// <summary>true or false; the text is "true" or "false".</summary>
    Boolean,

    /// <summary>An empty value or null.</summary>
    Null,
}

/// <summary>A node of the format-neutral plan tree, with where it starts in the file.</summary>
internal abstract class Node(TextPosition position)
{
    /// <summary>Where the node starts.</summary>
    public TextPosition Position { get; } = position;

    /// <summary>A short description of the node for messages, e.g. the scalar's text or "a list".</summary>
    public abstract LocalizedText Describe();
}

/// <summary>A single value.</summary>
internal sealed class ScalarNode(string text, ScalarType type, TextPosition position = default) : Node(position)
{
    /// <summary>The value as written (numbers keep their literal).</summary>
    public string Text { get; } = text;

    /// <summary>The resolved type.</summary>
    public ScalarType Type { get; } = type;

    /// <summary>Writing hint: always quote this string (e.g. region codes).</summary>
    public bool AlwaysQuote { get; init; }

    /// <inheritdoc />
    public override LocalizedText Describe() => Type switch
    {
        ScalarType.Null => new("null"),
        _ when Text.Length == 0 => Expected.Empty,
        _ when string.IsNullOrWhiteSpace(Text) => new($"\"{Text}\""),
        _ => new(Text),
    };
}

/// <summary>One key and its value in a mapping.</summary>
internal sealed record MappingEntry(ScalarNode Key, Node Value);

/// <summary>Keys with values, in file order; keys are unique (duplicates are refused while building).</summary>
internal sealed class MappingNode(TextPosition position = default) : Node(position)
{
    /// <summary>The entries in order.</summary>
    public List<MappingEntry> Entries { get; } = [];

    /// <summary>Writing hint: a short mapping that reads well on one line.</summary>
    public bool Compact { get; init; }

    /// <summary>The entry with key <paramref name="key"/>, if any.</summary>
    public MappingEntry? Find(string key) => Entries.Find(e => string.Equals(e.Key.Text, key, StringComparison.Ordinal));

    /// <inheritdoc />
    public override LocalizedText Describe() => Expected.Mapping;
}

/// <summary>A list of nodes.</summary>
internal sealed class SequenceNode(TextPosition position = default) : Node(position)
{
    /// <summary>The items in order.</summary>
    public List<Node> Items { get; } = [];

    /// <summary>Writing hint: a short list that reads well on one line.</summary>
    public bool Compact { get; init; }

    /// <inheritdoc />
    public override LocalizedText Describe() => Expected.List;
}
