using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Writing;

/// <summary>Writes the plan tree as JSON indented by two spaces, LF line ends, non-ASCII text kept readable.</summary>
internal static class JsonNodeWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text of <paramref name="root"/>, with a final newline.</summary>
    public static string Write(Node root)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteNode(writer, root);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void WriteNode(Utf8JsonWriter writer, Node node)
    {
        switch (node)
        {
            case MappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Entries)
                {
                    writer.WritePropertyName(key.Text);
                    WriteNode(writer, value);
                }

                writer.WriteEndObject();
                break;
            case SequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Items)
                {
                    WriteNode(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, ScalarNode scalar)
    {
        switch (scalar.Type)
        {
            case ScalarType.Number:
                writer.WriteRawValue(scalar.Text, skipInputValidation: false);
                break;
            case ScalarType.Boolean:
                writer.WriteBooleanValue(scalar.Text == "true");
                break;
            case ScalarType.Null:
                writer.WriteNullValue();
                break;
            default:
                writer.WriteStringValue(scalar.Text);
                break;
        }
    }
}
