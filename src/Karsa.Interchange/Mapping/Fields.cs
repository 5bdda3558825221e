using Karsa.Domain.Diagnostics;
using Karsa.Interchange.Parsing;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>
/// The fields of one mapping of the plan file: refuses unknown fields (KRS003) when opened, reports
/// missing required ones (KRS004) when asked, and records each field's position under its path.
/// </summary>
internal sealed class Fields
{
    private readonly ReadContext _context;
    private readonly MappingNode _node;

    private Fields(ReadContext context, MappingNode node, string path, IReadOnlyList<string> known)
    {
        (_context, _node, Path) = (context, node, path);
        foreach (var entry in node.Entries.Where(e => !known.Contains(e.Key.Text)))
        {
            context.Report(Problems.UnknownField(entry.Key.Text, known.Where(k => k[0] != '$')), PathJoin.Field(path, entry.Key.Text), entry.Key.Position);
        }
    }

    /// <summary>The path of the mapping.</summary>
    public string Path { get; }

    /// <summary>Where the mapping starts.</summary>
    public TextPosition Position => _node.Position;

    /// <summary>Opens <paramref name="node"/> as a mapping with the <paramref name="known"/> fields; null (reported) when it is not one.</summary>
    public static Fields? Open(ReadContext context, Node? node, string path, IReadOnlyList<string> known)
    {
        if (node is MappingNode mapping)
        {
            return new Fields(context, mapping, path, known);
        }

        if (node is not null)
        {
            context.Report(Problems.WrongType(Expected.Fields, node.Describe()), path, node.Position);
        }

        return null;
    }

    /// <summary>The path of field <paramref name="name"/>.</summary>
    public string PathOf(string name) => PathJoin.Field(Path, name);

    /// <summary>
    /// The value of field <paramref name="name"/>, or null when absent or written as null. Records its
    /// position: the value's for a scalar, the key's for a mapping or list.
    /// </summary>
    public Node? Optional(string name)
    {
        var entry = _node.Find(name);
        if (entry is null)
        {
            return null;
        }

        _context.Mark(PathOf(name), entry.Value is ScalarNode ? entry.Value.Position : entry.Key.Position);
        return entry.Value is ScalarNode { Type: ScalarType.Null } ? null : entry.Value;
    }

    /// <summary>Like <see cref="Optional"/>, reporting KRS004 when the field is absent or null.</summary>
    public Node? Required(string name)
    {
        var value = Optional(name);
        if (value is null)
        {
            _context.Report(Problems.MissingField(name), PathOf(name), _node.Find(name)?.Key.Position ?? _node.Position);
        }

        return value;
    }
}
