using Karsa.Domain.Diagnostics;
using Karsa.Interchange.Tree;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Karsa.Interchange.Parsing;

/// <summary>
/// Reads YAML into the plan tree from YamlDotNet's low-level event stream, so that anchors and aliases
/// are refused before anything is expanded and the limits are checked as the events arrive.
/// </summary>
internal static class YamlTreeReader
{
    private const string StringTag = "tag:yaml.org,2002:str";

    /// <summary>The tree, or null after a syntax error or a safety stop (both reported).</summary>
    public static Node? Read(string text, ReadContext context)
    {
        var builder = new TreeBuilder(context);
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        var parser = new Parser(scanner);
        var documents = 0;
        try
        {
            while (!builder.Stopped && parser.MoveNext())
            {
                var current = parser.Current!;
                var at = Position(current.Start);
                if (current is DocumentStart && ++documents > 1)
                {
                    context.Report(Problems.MalformedFile(SyntaxTexts.OneYamlDocument), string.Empty, at);
                    return null;
                }

                if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
                {
                    builder.Stop(SyntaxTexts.YamlAliases, 0, at);
                    return null;
                }

                Feed(builder, current, at, context);
            }
        }
        catch (YamlException error)
        {
            var (problem, at) = YamlSyntaxError.Describe(text, Position(error.Start));
            context.Report(problem, string.Empty, at);
            return null;
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner fails this way on a few malformed inputs (e.g. an unclosed flow list).
            var (problem, at) = YamlSyntaxError.Describe(text, Position(scanner.CurrentPosition));
            context.Report(problem, string.Empty, at);
            return null;
        }

        return builder.Stopped ? null : builder.Root;
    }

    private static void Feed(TreeBuilder builder, ParsingEvent current, TextPosition at, ReadContext context)
    {
        switch (current)
        {
            case Scalar scalar:
                builder.Scalar(scalar.Value, TypeOf(scalar, at, context), at);
                break;
            case MappingStart mapping:
                RefuseTag(mapping.Tag, at, context);
                builder.StartMapping(at);
                break;
            case SequenceStart sequence:
                RefuseTag(sequence.Tag, at, context);
                builder.StartSequence(at);
                break;
            case MappingEnd or SequenceEnd:
                builder.End();
                break;
        }
    }

    private static ScalarType TypeOf(Scalar scalar, TextPosition at, ReadContext context)
    {
        if (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific)
        {
            if (scalar.Tag.Value == StringTag)
            {
                return ScalarType.String;
            }

            RefuseTag(scalar.Tag, at, context);
        }

        return scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty ? YamlScalars.ResolvePlain(scalar.Value) : ScalarType.String;
    }

    private static void RefuseTag(TagName tag, TextPosition at, ReadContext context)
    {
        if (!tag.IsEmpty && !tag.IsNonSpecific)
        {
            context.Report(Problems.MalformedFile(SyntaxTexts.UnsupportedTag(tag.Value)), string.Empty, at);
        }
    }

    private static TextPosition Position(Mark mark) => new((int)mark.Line, (int)mark.Column);
}
