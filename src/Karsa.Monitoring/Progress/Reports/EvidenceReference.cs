using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Evidence;

namespace Karsa.Monitoring.Progress.Reports;

/// <summary>
/// A stored evidence file a report points at: the store's id, the file name (kept sanitised), the
/// content type it is served with and its size. Invariants: a well-formed id; a content type of a
/// known evidence kind; a size of at least one byte.
/// </summary>
public sealed record EvidenceReference
{
    /// <summary>Creates a reference (problems at <c>id</c>, <c>contentType</c> or <c>size</c>).</summary>
    public EvidenceReference(string id, string fileName, string contentType, long size)
    {
        Id = ProgressFields.Key(id, new LocalizedText("bukti", "evidence"), "id");
        FileName = EvidenceFileName.Sanitise(fileName);
        ContentType = EvidenceKind.All.Any(k => k.ContentType == contentType)
            ? contentType
            : throw new DomainException(Problems.EvidenceKindNotAllowed(contentType, EvidenceKind.All.Select(k => k.ContentType)).Under("contentType"));
        Size = size >= 1
            ? size
            : throw new DomainException(Problems.OutOfRange(new LocalizedText("ukuran berkas", "file size"), size.ToString(CultureInfo.InvariantCulture), ">= 1").Under("size"));
    }

    /// <summary>The evidence store's id of the file.</summary>
    public string Id { get; }

    /// <summary>The sanitised file name offered for download.</summary>
    public string FileName { get; }

    /// <summary>The content type it is served with.</summary>
    public string ContentType { get; }

    /// <summary>Its size in bytes.</summary>
    public long Size { get; }
}
