using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Parsing;

namespace Karsa.Interchange.Tree;

/// <summary>
/// Builds the plan tree from a parser's events (start/end of mappings and lists, scalars), shared by
/// the YAML and JSON readers. Enforces the depth and node limits as it goes (stopping at once with
/// KRS002) and reports duplicate keys (KRS006) and non-scalar keys (KRS005), keeping the first value.
/// </summary>
internal sealed class TreeBuilder(ReadContext context)
{
    private readonly Stack<Frame> _open = new();
    private int _nodes;

    /// <summary>The finished root, once the top node has ended.</summary>
    public Node? Root { get; private set; }

    /// <summary>True once a safety limit stopped the build; callers must stop feeding events.</summary>
    public bool Stopped { get; private set; }

    /// <summary>A mapping starts at <paramref name="at"/>.</summary>
    public void StartMapping(TextPosition at) => Open(new MappingNode(at), at);

    /// <summary>A list starts at <paramref name="at"/>.</summary>
    public void StartSequence(TextPosition at) => Open(new SequenceNode(at), at);

    /// <summary>The innermost open mapping or list ends.</summary>
    public void End()
    {
        if (!Stopped && _open.Count > 0)
        {
            Attach(_open.Pop().Node);
        }
    }

    /// <summary>A scalar (a key or a value).</summary>
    public void Scalar(string text, ScalarType type, TextPosition at)
    {
        if (Count(at))
        {
            Attach(new ScalarNode(text, type, at));
        }
    }

    /// <summary>Stops the build with a safety-limit problem at <paramref name="at"/>.</summary>
    public void Stop(LocalizedText what, long limit, TextPosition at)
    {
        context.Report(Problems.LimitExceeded(what, limit), string.Empty, at);
        Stopped = true;
    }

    private void Open(Node node, TextPosition at)
    {
        if (!Count(at))
        {
            return;
        }

        if (_open.Count + 1 > SafetyLimits.MaxDepth)
        {
            Stop(SyntaxTexts.NestingDepth, SafetyLimits.MaxDepth, at);
            return;
        }

        _open.Push(new Frame(node));
    }

    private bool Count(TextPosition at)
    {
        if (Stopped)
        {
            return false;
        }

        if (++_nodes > SafetyLimits.MaxNodes)
        {
            Stop(SyntaxTexts.NodeCount, SafetyLimits.MaxNodes, at);
            return false;
        }

        return true;
    }

    private void Attach(Node node)
    {
        if (_open.Count == 0)
        {
            Root ??= node;
            return;
        }

        var frame = _open.Peek();
        switch (frame.Node)
        {
            case SequenceNode sequence:
                sequence.Items.Add(node);
                break;
            case MappingNode mapping when frame.ExpectingKey:
                frame.Key = AcceptKey(frame, node);
                frame.ExpectingKey = false;
                break;
            case MappingNode mapping:
                if (frame.Key is { } key)
                {
                    mapping.Entries.Add(new MappingEntry(key, node));
                }

                frame.Key = null;
                frame.ExpectingKey = true;
                break;
        }
    }

    private ScalarNode? AcceptKey(Frame frame, Node node)
    {
        if (node is not ScalarNode key)
        {
            context.Report(Problems.WrongType(Expected.PlainKey, node.Describe()), string.Empty, node.Position);
            return null;
        }

        if (!frame.Keys.Add(key.Text))
        {
            context.Report(Problems.DuplicateKey(key.Text), string.Empty, key.Position);
            return null;
        }

        return key;
    }

    private sealed class Frame(Node node)
    {
        private HashSet<string>? _keys;

        public Node Node { get; } = node;

        public HashSet<string> Keys => _keys ??= new(StringComparer.Ordinal);

        public bool ExpectingKey { get; set; } = true;

        public ScalarNode? Key { get; set; }
    }
}
