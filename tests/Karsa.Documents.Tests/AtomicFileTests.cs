using System.Text;

namespace Karsa.Documents.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "karsa-atomic-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void A_writer_that_fails_half_way_leaves_the_old_file_whole_and_no_temporary_file()
    {
        Directory.CreateDirectory(_directory);
        var path = Path.Combine(_directory, "buku.html");
        File.WriteAllText(path, "versi lama");

        var failure = Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(Encoding.UTF8.GetBytes("versi baru, setengah"));
            throw new IOException("disk penuh");
        }));

        Assert.Equal("disk penuh", failure.Message);
        Assert.Equal("versi lama", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_directory));
    }

    [Fact]
    public void Text_is_written_as_utf8_without_a_byte_order_mark_into_a_new_directory()
    {
        var path = Path.Combine(_directory, "sub", "rencana.yaml");

        AtomicFile.WriteText(path, "wilayah: Karanganyar ꦏꦫꦁ");
        AtomicFile.WriteText(path, "wilayah: Karanganyar");

        Assert.Equal(Encoding.UTF8.GetBytes("wilayah: Karanganyar"), File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
