using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Evidence;

/// <summary>What an accepted evidence file is: its kind, the content type to serve it with and the file name to offer for download.</summary>
/// <param name="Kind">The kind its extension and first bytes agree on.</param>
/// <param name="ContentType">The content type to serve it with (never HTML).</param>
/// <param name="DownloadName">The sanitised file name.</param>
public sealed record AcceptedEvidence(EvidenceKind Kind, string ContentType, string DownloadName);

/// <summary>
/// Which evidence files a region accepts: the kinds (by default PDF, PNG, JPEG, WebP, DOCX, XLSX,
/// PPTX, ODT and ODS; legacy DOC and XLS only when configured) and a size limit (by default 10 MiB).
/// A file is accepted only when its extension names an allowed kind AND its first bytes carry that
/// kind's magic numbers, so an HTML page or a script renamed <c>.pdf</c> is refused.
/// Invariants: at least one kind; a limit of at least one byte.
/// </summary>
public sealed record EvidencePolicy
{
    /// <summary>The default size limit: 10 MiB.</summary>
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    /// <summary>Creates a policy (problems at <c>kinds</c> or <c>maxBytes</c>).</summary>
    public EvidencePolicy(IReadOnlyList<EvidenceKind> kinds, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0)
        {
            throw new DomainException(Problems.MissingField("kinds").Under("kinds"));
        }

        if (maxBytes < 1)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("batas ukuran", "size limit"), maxBytes.ToString(CultureInfo.InvariantCulture), ">= 1").Under("maxBytes"));
        }

        (Kinds, MaxBytes) = (kinds, maxBytes);
    }

    /// <summary>The default policy: every kind but the legacy DOC and XLS, 10 MiB.</summary>
    public static EvidencePolicy Default { get; } = new([.. EvidenceKind.All.Where(k => k != EvidenceKind.Doc && k != EvidenceKind.Xls)]);

    /// <summary>The kinds accepted.</summary>
    public IReadOnlyList<EvidenceKind> Kinds { get; }

    /// <summary>The largest file accepted, in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>How many leading bytes of a file <see cref="Check"/> needs to see.</summary>
    public int HeaderLength => Kinds.Max(k => k.HeaderLength);

    /// <summary>
    /// Judges an upload: its name as given, its size in bytes and its first bytes (at least
    /// <see cref="HeaderLength"/> of them when the file is that long). Refusals are problems at
    /// <c>fileName</c> (KRS113: a kind not allowed), <c>size</c> (KRS016 empty, KRS115 too large) or
    /// <c>content</c> (KRS114: the bytes are not the kind the extension says).
    /// </summary>
    public AcceptedEvidence Check(string? fileName, long size, ReadOnlySpan<byte> head)
    {
        var safeName = EvidenceFileName.Sanitise(fileName);
        var extension = EvidenceFileName.ExtensionOf(safeName);
        var kind = Kinds.FirstOrDefault(k => k.Extensions.Contains(extension))
            ?? throw new DomainException(Problems.EvidenceKindNotAllowed(extension.Length == 0 ? "(tanpa ekstensi)" : extension, Kinds.SelectMany(k => k.Extensions)).Under("fileName"));
        if (size < 1)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("ukuran berkas", "file size"), size.ToString(CultureInfo.InvariantCulture), $"1..{MaxBytes.ToString(CultureInfo.InvariantCulture)}").Under("size"));
        }

        if (size > MaxBytes)
        {
            throw new DomainException(Problems.EvidenceTooLarge(size, MaxBytes).Under("size"));
        }

        return kind.Matches(head)
            ? new AcceptedEvidence(kind, kind.ContentType, safeName)
            : throw new DomainException(Problems.EvidenceContentMismatch(kind.Name).Under("content"));
    }
}
