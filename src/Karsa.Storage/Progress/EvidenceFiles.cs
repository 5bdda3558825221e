using System.Security.Cryptography;
using Karsa.Domain.Primitives;

namespace Karsa.Storage.Progress;

/// <summary>
/// Where evidence files are kept: a folder outside the web root, by default <c>evidence/</c> beside the
/// SQLite file (or in the data folder, <c>$KARSA_DATA_DIR</c>, for PostgreSQL), one sub-folder per
/// region, each file named by the SHA-256 of its bytes. An upload is first written to a staging file
/// while it is hashed and counted (never more than the limit plus one byte), then moved into place in
/// one rename, so a reader never sees half a file and identical files share one copy.
/// </summary>
public sealed class EvidenceFiles
{
    /// <summary>Uses <paramref name="root"/> as the evidence folder.</summary>
    public EvidenceFiles(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The evidence folder.</summary>
    public string Root { get; }

    /// <summary>The evidence folder that belongs to the database at <paramref name="location"/>.</summary>
    public static EvidenceFiles Beside(DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var database = location.Provider == DatabaseProvider.Sqlite ? location.Display : DatabaseLocation.DefaultSqlitePath;
        return new EvidenceFiles(Path.Combine(Path.GetDirectoryName(database) ?? ".", "evidence"));
    }

    /// <summary>
    /// Writes <paramref name="content"/> to a staging file, reading at most <paramref name="maxBytes"/> + 1
    /// bytes, and keeps its first <paramref name="headLength"/> bytes for the type check.
    /// </summary>
    public async Task<StagedEvidence> StageAsync(Stream content, long maxBytes, int headLength, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var staging = Path.Combine(Root, ".staging");
        Directory.CreateDirectory(staging);
        var path = Path.Combine(staging, Guid.NewGuid().ToString("N"));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new List<byte>(headLength);
        long size = 0;
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            int read;
            while (size <= maxBytes && (read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, maxBytes + 1 - size)), cancellationToken).ConfigureAwait(false)) > 0)
            {
                head.AddRange(buffer.Take(Math.Max(0, Math.Min(read, headLength - head.Count))));
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                size += read;
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return new StagedEvidence(this, path, Convert.ToHexStringLower(hash.GetHashAndReset()), size, [.. head]);
    }

    /// <summary>Opens the stored file of <paramref name="region"/> with <paramref name="sha256"/>; null when it is missing.</summary>
    public Stream? OpenRead(RegionCode region, string sha256)
    {
        var path = PathOf(region, sha256);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    /// <summary>Where the file of <paramref name="region"/> with <paramref name="sha256"/> is kept.</summary>
    internal string PathOf(RegionCode region, string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lower-case SHA-256.", nameof(sha256));
        }

        return Path.Combine(Root, region.Value, sha256);
    }
}

/// <summary>
/// An upload written to a staging file: its SHA-256, size (at most the limit plus one) and first bytes.
/// <see cref="Commit"/> moves it into place; disposing an uncommitted one deletes it.
/// </summary>
public sealed class StagedEvidence : IDisposable
{
    private readonly EvidenceFiles _files;
    private readonly string _path;
    private bool _done;

    internal StagedEvidence(EvidenceFiles files, string path, string sha256, long size, byte[] head) =>
        (_files, _path, Sha256, Size, Head) = (files, path, sha256, size, head);

    /// <summary>The SHA-256 of the bytes, lower-case hex.</summary>
    public string Sha256 { get; }

    /// <summary>The bytes read (the limit plus one when the upload is larger).</summary>
    public long Size { get; }

    /// <summary>The first bytes.</summary>
    public ReadOnlyMemory<byte> Head { get; }

    /// <summary>Moves the file into <paramref name="region"/>'s folder in one rename (an identical file already there is kept).</summary>
    public void Commit(RegionCode region)
    {
        var target = _files.PathOf(region, Sha256);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            File.Delete(_path);
        }
        else
        {
            File.Move(_path, target, overwrite: true);
        }

        _done = true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!_done)
        {
            File.Delete(_path);
            _done = true;
        }
    }
}
