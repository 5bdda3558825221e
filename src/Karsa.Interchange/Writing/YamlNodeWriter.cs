using System.Text;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Writing;

/// <summary>
/// Writes the plan tree as block-style YAML with two-space indentation; compact nodes that fit on one
/// line are written in flow style (<c>{apbd: 250000000, csr: 50000000}</c>), multi-line text as literal blocks.
/// </summary>
internal static class YamlNodeWriter
{
    private const int Indent = 2;
    private const int MaxFlowLine = 120;

    /// <summary>The YAML text of <paramref name="root"/>, LF line ends, final newline.</summary>
    public static string Write(MappingNode root)
    {
        var text = new StringBuilder();
        WriteMapping(text, root, 0, inlineFirst: false);
        return text.ToString();
    }

    private static void WriteMapping(StringBuilder text, MappingNode mapping, int indent, bool inlineFirst)
    {
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            if (i > 0 || !inlineFirst)
            {
                text.Append(' ', indent);
            }

            var key = YamlScalarText.Key(mapping.Entries[i].Key);
            text.Append(key).Append(':');
            WriteValue(text, mapping.Entries[i].Value, indent, indent + key.Length + 1, isItem: false);
        }
    }

    private static void WriteSequence(StringBuilder text, SequenceNode sequence, int indent, bool inlineFirst)
    {
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (i > 0 || !inlineFirst)
            {
                text.Append(' ', indent);
            }

            text.Append('-');
            WriteValue(text, sequence.Items[i], indent, indent + 1, isItem: true);
        }
    }

    /// <summary>Writes what follows a <c>key:</c> or (<paramref name="isItem"/>) a <c>-</c> written at <paramref name="indent"/>, ending at <paramref name="column"/>.</summary>
    private static void WriteValue(StringBuilder text, Node value, int indent, int column, bool isItem)
    {
        var flow = Flow(value);
        if (flow is not null && (column + 1 + flow.Length <= MaxFlowLine || value is ScalarNode || IsEmpty(value)))
        {
            text.Append(' ').Append(flow).Append('\n');
            return;
        }

        switch (value)
        {
            case ScalarNode scalar when YamlScalarText.IsLiteral(scalar):
                text.Append(' ').Append(YamlScalarText.LiteralHeader(scalar.Text)).Append('\n');
                foreach (var line in YamlScalarText.LiteralLines(scalar.Text))
                {
                    (line.Length == 0 ? text : text.Append(' ', indent + Indent)).Append(line).Append('\n');
                }

                break;
            default:
                // A block under a key starts on the next line; under a list dash, on the dash's line.
                text.Append(isItem ? ' ' : '\n');
                WriteBlock(text, value, indent + Indent, inlineFirst: isItem);
                break;
        }
    }

    private static void WriteBlock(StringBuilder text, Node node, int indent, bool inlineFirst)
    {
        if (node is MappingNode mapping)
        {
            WriteMapping(text, mapping, indent, inlineFirst);
        }
        else if (node is SequenceNode sequence)
        {
            WriteSequence(text, sequence, indent, inlineFirst);
        }
    }

    private static bool IsEmpty(Node node) => node is MappingNode { Entries.Count: 0 } or SequenceNode { Items.Count: 0 };

    /// <summary>The node on one line in flow style, or null when it is not compact or holds multi-line text.</summary>
    private static string? Flow(Node node)
    {
        switch (node)
        {
            case ScalarNode scalar:
                return scalar.Text.Contains('\n', StringComparison.Ordinal) && YamlScalarText.IsLiteral(scalar) ? null : YamlScalarText.Inline(scalar);
            case MappingNode mapping when mapping.Compact || mapping.Entries.Count == 0:
                var entries = mapping.Entries.Select(e => Flow(e.Value) is { } v ? $"{YamlScalarText.Key(e.Key)}: {v}" : null).ToList();
                return entries.Contains(null) ? null : "{" + string.Join(", ", entries) + "}";
            case SequenceNode sequence when sequence.Compact || sequence.Items.Count == 0:
                var items = sequence.Items.Select(Flow).ToList();
                return items.Contains(null) ? null : "[" + string.Join(", ", items) + "]";
            default:
                return null;
        }
    }
}
