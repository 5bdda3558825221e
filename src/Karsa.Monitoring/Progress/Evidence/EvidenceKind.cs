using System.Text;

namespace Karsa.Monitoring.Progress.Evidence;

/// <summary>
/// A kind of evidence file Karsa accepts: its name, the extensions it goes by, the content type it is
/// served with, and the first bytes (magic numbers) a real file of the kind starts with.
/// </summary>
public sealed class EvidenceKind
{
    /// <summary>A zip container's first local file header; declared first, as the kinds below use it.</summary>
    private static readonly byte[] ZipEntry = [0x50, 0x4B, 0x03, 0x04];

    private readonly (int Offset, byte[] Bytes)[] _signature;

    private EvidenceKind(string name, string contentType, string[] extensions, params (int Offset, byte[] Bytes)[] signature) =>
        (Name, ContentType, Extensions, _signature) = (name, contentType, extensions, signature);

    /// <summary>PDF: starts with <c>%PDF-</c>.</summary>
    public static EvidenceKind Pdf { get; } = new("PDF", "application/pdf", ["pdf"], (0, "%PDF-"u8.ToArray()));

    /// <summary>PNG: starts with 89 50 4E 47 0D 0A 1A 0A.</summary>
    public static EvidenceKind Png { get; } = new("PNG", "image/png", ["png"], (0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]));

    /// <summary>JPEG: starts with FF D8 FF.</summary>
    public static EvidenceKind Jpeg { get; } = new("JPEG", "image/jpeg", ["jpg", "jpeg"], (0, [0xFF, 0xD8, 0xFF]));

    /// <summary>WebP: <c>RIFF</c>, four bytes of length, <c>WEBP</c>.</summary>
    public static EvidenceKind WebP { get; } = new("WebP", "image/webp", ["webp"], (0, "RIFF"u8.ToArray()), (8, "WEBP"u8.ToArray()));

    /// <summary>Word (Office Open XML): a zip container, starting with <c>PK\x03\x04</c>.</summary>
    public static EvidenceKind Docx { get; } = Zip("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    /// <summary>Excel (Office Open XML): a zip container.</summary>
    public static EvidenceKind Xlsx { get; } = Zip("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    /// <summary>PowerPoint (Office Open XML): a zip container.</summary>
    public static EvidenceKind Pptx { get; } = Zip("PPTX", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    /// <summary>OpenDocument text: a zip container whose first entry, <c>mimetype</c>, names the type.</summary>
    public static EvidenceKind Odt { get; } = OpenDocument("ODT", "application/vnd.oasis.opendocument.text", "odt");

    /// <summary>OpenDocument spreadsheet: a zip container whose first entry, <c>mimetype</c>, names the type.</summary>
    public static EvidenceKind Ods { get; } = OpenDocument("ODS", "application/vnd.oasis.opendocument.spreadsheet", "ods");

    /// <summary>Legacy Word (OLE2 compound file, D0 CF 11 E0 A1 B1 1A E1); may carry macros, so not allowed by default.</summary>
    public static EvidenceKind Doc { get; } = Ole("DOC", "application/msword", "doc");

    /// <summary>Legacy Excel (OLE2 compound file); may carry macros, so not allowed by default.</summary>
    public static EvidenceKind Xls { get; } = Ole("XLS", "application/vnd.ms-excel", "xls");

    /// <summary>Every kind Karsa knows, the legacy ones included.</summary>
    public static IReadOnlyList<EvidenceKind> All { get; } = [Pdf, Png, Jpeg, WebP, Docx, Xlsx, Pptx, Odt, Ods, Doc, Xls];

    /// <summary>The name users see, e.g. PDF.</summary>
    public string Name { get; }

    /// <summary>The content type to serve it with.</summary>
    public string ContentType { get; }

    /// <summary>The lower-case extensions it goes by, without the dot.</summary>
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>The number of leading bytes <see cref="Matches"/> needs to see.</summary>
    public int HeaderLength => _signature.Max(s => s.Offset + s.Bytes.Length);

    /// <summary>True when <paramref name="head"/>, the file's first bytes, carries the kind's magic numbers.</summary>
    public bool Matches(ReadOnlySpan<byte> head)
    {
        foreach (var (offset, bytes) in _signature)
        {
            if (head.Length < offset + bytes.Length || !head.Slice(offset, bytes.Length).SequenceEqual(bytes))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    private static EvidenceKind Zip(string name, string contentType, string extension) => new(name, contentType, [extension], (0, ZipEntry));

    /// <summary>A zip entry header is 30 bytes; the first entry's name follows it, then (stored) its content.</summary>
    private static EvidenceKind OpenDocument(string name, string contentType, string extension) =>
        new(name, contentType, [extension], (0, ZipEntry), (30, "mimetype"u8.ToArray()), (38, Encoding.ASCII.GetBytes(contentType)));

    private static EvidenceKind Ole(string name, string contentType, string extension) =>
        new(name, contentType, [extension], (0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));
}
