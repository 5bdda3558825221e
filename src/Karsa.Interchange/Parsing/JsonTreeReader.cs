using System.Text.Json;
using Karsa.Domain.Diagnostics;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Parsing;

/// <summary>
/// Reads JSON into the plan tree with <see cref="Utf8JsonReader"/>, placing every token by its byte
/// offset. Strict JSON: no comments, no trailing commas, one value.
/// </summary>
internal static class JsonTreeReader
{
    /// <summary>The tree, or null after a syntax error or a safety stop (both reported).</summary>
    public static Node? Read(ReadOnlyMemory<byte> utf8, ReadContext context)
    {
        var lines = new LineCounter(utf8);
        var builder = new TreeBuilder(context);
        var reader = new Utf8JsonReader(utf8.Span, new JsonReaderOptions { MaxDepth = SafetyLimits.MaxDepth * 2 });
        try
        {
            while (!builder.Stopped && reader.Read())
            {
                Feed(builder, ref reader, lines.PositionAt(reader.TokenStartIndex));
            }
        }
        catch (JsonException error)
        {
            var offset = lines.OffsetOf(error.LineNumber ?? 0, error.BytePositionInLine ?? 0);
            context.Report(Problems.MalformedFile(JsonSyntaxError.Describe(utf8.Span, offset, reader.CurrentDepth)), string.Empty, lines.PositionAt(offset));
            return null;
        }
        catch (InvalidOperationException)
        {
            // A string whose escapes decode to invalid UTF-16, e.g. a lone surrogate "\ud800".
            context.Report(Problems.MalformedFile(JsonSyntaxError.InvalidEscape), string.Empty, lines.PositionAt(reader.TokenStartIndex));
            return null;
        }

        return builder.Stopped ? null : builder.Root;
    }

    private static void Feed(TreeBuilder builder, ref Utf8JsonReader reader, TextPosition at)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                builder.StartMapping(at);
                break;
            case JsonTokenType.StartArray:
                builder.StartSequence(at);
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                builder.End();
                break;
            case JsonTokenType.PropertyName or JsonTokenType.String:
                builder.Scalar(reader.GetString()!, ScalarType.String, at);
                break;
            case JsonTokenType.Number:
                builder.Scalar(System.Text.Encoding.UTF8.GetString(reader.ValueSpan), ScalarType.Number, at);
                break;
            case JsonTokenType.True or JsonTokenType.False:
                builder.Scalar(reader.GetBoolean() ? "true" : "false", ScalarType.Boolean, at);
                break;
            case JsonTokenType.Null:
                builder.Scalar("null", ScalarType.Null, at);
                break;
        }
    }
}
