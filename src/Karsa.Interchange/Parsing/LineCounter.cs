using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Parsing;

/// <summary>
/// Turns byte offsets into a UTF-8 buffer into 1-based lines and columns (columns in UTF-16 code units,
/// as editors count them). Offsets asked for in increasing order cost linear time overall.
/// </summary>
internal sealed class LineCounter(ReadOnlyMemory<byte> utf8)
{
    private long _offset;
    private int _line = 1;
    private int _column = 1;

    /// <summary>The position of the byte at <paramref name="offset"/>.</summary>
    public TextPosition PositionAt(long offset)
    {
        if (offset < _offset)
        {
            (_offset, _line, _column) = (0, 1, 1);
        }

        var bytes = utf8.Span;
        var end = Math.Min(offset, bytes.Length);
        for (; _offset < end; _offset++)
        {
            var b = bytes[(int)_offset];
            if (b == (byte)'\n')
            {
                (_line, _column) = (_line + 1, 1);
            }
            else if ((b & 0xC0) != 0x80)
            {
                // A lead byte: one code unit, or two for a four-byte sequence (outside the BMP).
                _column += b >= 0xF0 ? 2 : 1;
            }
        }

        return new TextPosition(_line, _column);
    }

    /// <summary>The offset of byte <paramref name="byteInLine"/> (0-based) of line <paramref name="line"/> (0-based).</summary>
    public long OffsetOf(long line, long byteInLine)
    {
        var bytes = utf8.Span;
        long offset = 0;
        for (long seen = 0; seen < line && offset < bytes.Length; offset++)
        {
            if (bytes[(int)offset] == (byte)'\n')
            {
                seen++;
            }
        }

        return offset + byteInLine;
    }
}
