namespace Karsa.Interchange.Tests;

/// <summary>A read-only stream of <paramref name="length"/> bytes repeating a pattern, produced lazily (nothing is allocated up front).</summary>
internal sealed class EndlessStream(long length, byte[] pattern) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, length - BytesRead);
        for (var i = 0; i < n; i++)
        {
            buffer[offset + i] = pattern[(BytesRead + i) % pattern.Length];
        }

        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
