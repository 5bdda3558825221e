using System.Buffers;
using System.Text;
using Karsa.Domain.Diagnostics;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Parsing;

/// <summary>Takes a plan file's bytes in safely: never more than the size limit, and only valid UTF-8.</summary>
internal static class PlanInput
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads <paramref name="stream"/> to its end, or stops with KRS002 as soon as it passes the size
    /// limit (so a huge or endless stream costs at most the limit in memory). Returns null when stopped.
    /// </summary>
    public static byte[]? ReadLimited(Stream stream, ReadContext context)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > SafetyLimits.MaxBytes)
                {
                    context.Report(Problems.LimitExceeded(SyntaxTexts.FileSize, SafetyLimits.MaxBytes), string.Empty, TextPosition.Start);
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>True (after reporting KRS002) when text of this length in UTF-8 would pass the size limit.</summary>
    public static bool TooLarge(string text, ReadContext context)
    {
        if (text.Length <= SafetyLimits.MaxBytes / 3 || Encoding.UTF8.GetByteCount(text) <= SafetyLimits.MaxBytes)
        {
            return false;
        }

        context.Report(Problems.LimitExceeded(SyntaxTexts.FileSize, SafetyLimits.MaxBytes), string.Empty, TextPosition.Start);
        return true;
    }

    /// <summary>The bytes without a leading UTF-8 byte order mark, or null (reported) when they are not valid UTF-8.</summary>
    public static ReadOnlyMemory<byte>? CheckedUtf8(byte[] bytes, ReadContext context)
    {
        ReadOnlyMemory<byte> content = bytes.AsSpan().StartsWith(ByteOrderMark) ? bytes.AsMemory(ByteOrderMark.Length) : bytes;
        if (System.Text.Unicode.Utf8.IsValid(content.Span))
        {
            return content;
        }

        var offset = 0;
        var span = content.Span;
        while (Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) == OperationStatus.Done)
        {
            offset += consumed;
        }

        context.Report(Problems.MalformedFile(SyntaxTexts.NotUtf8), string.Empty, new LineCounter(content).PositionAt(offset));
        return null;
    }
}
