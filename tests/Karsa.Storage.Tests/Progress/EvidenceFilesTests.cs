using System.Security.Cryptography;
using Karsa.Domain.Primitives;
using Karsa.Storage.Progress;

namespace Karsa.Storage.Tests.Progress;

public sealed class EvidenceFilesTests : IDisposable
{
    private static readonly RegionCode Karanganyar = new("33.13");
    private readonly string _root = Path.Combine(Path.GetTempPath(), "karsa-evidence-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task A_committed_file_is_stored_under_its_region_by_its_hash_and_reads_back()
    {
        var files = new EvidenceFiles(_root);
        var bytes = "%PDF-1.7 isi laporan"u8.ToArray();

        using (var staged = await files.StageAsync(new MemoryStream(bytes), 1000, 8))
        {
            Assert.Equal((Convert.ToHexStringLower(SHA256.HashData(bytes)), (long)bytes.Length), (staged.Sha256, staged.Size));
            Assert.Equal("%PDF-1.7"u8.ToArray(), staged.Head.ToArray());
            staged.Commit(Karanganyar);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.True(File.Exists(Path.Combine(_root, "33.13", sha)));
        await using var read = files.OpenRead(Karanganyar, sha);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(bytes, copy.ToArray());
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, ".staging")));
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_read_only_to_the_limit_plus_one_and_left_nowhere_when_not_committed()
    {
        var files = new EvidenceFiles(_root);

        using (var staged = await files.StageAsync(new MemoryStream(new byte[5000]), 100, 8))
        {
            Assert.Equal(101, staged.Size);
        }

        Assert.Empty(Directory.GetFiles(_root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_name_that_is_not_a_hash_is_refused_so_no_path_escapes_the_folder() =>
        Assert.Throws<ArgumentException>(() => new EvidenceFiles(_root).OpenRead(Karanganyar, "../../etc/passwd"));
}
