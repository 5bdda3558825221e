using System.IO.Compression;
using System.Text;
using Karsa.Monitoring.Progress.Evidence;
using static Karsa.Monitoring.Tests.Progress.ProgressPlans;

namespace Karsa.Monitoring.Tests.Progress;

/// <summary>Evidence files judged by extension and by their real first bytes.</summary>
public class EvidencePolicyTests
{
    private static readonly EvidencePolicy Policy = EvidencePolicy.Default;

    private static byte[] Bytes(params int[] values) => [.. values.Select(v => (byte)v)];

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>A real zip container whose first entry is <paramref name="first"/>, stored, holding <paramref name="content"/>.</summary>
    private static byte[] Zip(string first, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var entry = zip.CreateEntry(first, CompressionLevel.NoCompression).Open())
            {
                entry.Write(Encoding.ASCII.GetBytes(content));
            }

            using var body = new StreamWriter(zip.CreateEntry("content.xml").Open());
            body.Write("<office:document-content/>");
        }

        return stream.ToArray();
    }

    public static TheoryData<string, byte[], string> RealFiles => new()
    {
        { "laporan.pdf", Ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj"), "application/pdf" },
        { "foto.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "image/png" },
        { "foto.JPG", Bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00), "image/jpeg" },
        { "foto.jpeg", Bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x18, 0x45, 0x78, 0x69, 0x66), "image/jpeg" },
        { "foto.webp", [.. Ascii("RIFF"), 0x24, 0x00, 0x00, 0x00, .. Ascii("WEBPVP8 ")], "image/webp" },
        { "notulen.docx", Zip("[Content_Types].xml", "<Types/>"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "anggaran.xlsx", Zip("[Content_Types].xml", "<Types/>"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "paparan.pptx", Zip("[Content_Types].xml", "<Types/>"), "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "notulen.odt", Zip("mimetype", "application/vnd.oasis.opendocument.text"), "application/vnd.oasis.opendocument.text" },
        { "anggaran.ods", Zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), "application/vnd.oasis.opendocument.spreadsheet" },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void A_file_whose_extension_and_first_bytes_agree_is_accepted_with_its_content_type(string name, byte[] head, string contentType)
    {
        var accepted = Policy.Check(name, 1000, head);

        Assert.Equal(contentType, accepted.ContentType);
        Assert.Equal(name.ToLowerInvariant().Split('.')[^1], accepted.DownloadName.Split('.')[^1]);
    }

    public static TheoryData<string, byte[]> Impostors => new()
    {
        { "laporan.pdf", Ascii("<!DOCTYPE html><html><script>alert(1)</script></html>") },
        { "laporan.pdf", Ascii(" %PDF-1.7") },
        { "foto.png", Ascii("#!/bin/sh\nrm -rf /\n") },
        { "foto.jpg", Ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") },
        { "foto.webp", [.. Ascii("RIFF"), 0x24, 0x00, 0x00, 0x00, .. Ascii("WAVEfmt ")] },
        { "notulen.docx", Ascii("<html><body>not a zip</body></html>") },
        { "notulen.odt", Zip("[Content_Types].xml", "<Types/>") },
        { "anggaran.ods", Zip("mimetype", "application/vnd.oasis.opendocument.text") },
        { "laporan.pdf", Ascii("%PD") },
        { "laporan.pdf", [] },
    };

    [Theory]
    [MemberData(nameof(Impostors))]
    public void A_file_whose_first_bytes_are_not_its_kind_is_refused_at_content(string name, byte[] head)
    {
        Assert.Equal(("KRS114", "content"), Refusal(() => Policy.Check(name, 1000, head)));
    }

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("laporan.pdf.exe")]
    [InlineData("halaman.html")]
    [InlineData("gambar.svg")]
    [InlineData("laporan")]
    [InlineData("laporan.doc")]
    public void A_file_of_a_kind_not_allowed_is_refused_at_its_name(string name)
    {
        Assert.Equal(("KRS113", "fileName"), Refusal(() => Policy.Check(name, 1000, Ascii("%PDF-1.7"))));
    }

    [Fact]
    public void Legacy_office_files_are_accepted_only_by_a_policy_that_lists_them()
    {
        var ole = Bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00);
        var legacy = new EvidencePolicy([.. EvidencePolicy.Default.Kinds, EvidenceKind.Doc, EvidenceKind.Xls]);

        Assert.Equal("application/msword", legacy.Check("surat.doc", 1000, ole).ContentType);
        Assert.Equal("application/vnd.ms-excel", legacy.Check("tabel.xls", 1000, ole).ContentType);
        Assert.Equal(("KRS114", "content"), Refusal(() => legacy.Check("surat.doc", 1000, Zip("[Content_Types].xml", "<Types/>"))));
    }

    [Fact]
    public void The_size_limit_is_ten_mebibytes_by_default_and_configurable()
    {
        var pdf = Ascii("%PDF-1.4");
        const long TenMiB = 10 * 1024 * 1024;

        Assert.Equal("application/pdf", Policy.Check("a.pdf", TenMiB, pdf).ContentType);
        Assert.Equal(("KRS115", "size"), Refusal(() => Policy.Check("a.pdf", TenMiB + 1, pdf)));
        Assert.Equal(("KRS016", "size"), Refusal(() => Policy.Check("a.pdf", 0, pdf)));
        var small = new EvidencePolicy(EvidencePolicy.Default.Kinds, 1000);
        Assert.Equal(("KRS115", "size"), Refusal(() => small.Check("a.pdf", 1001, pdf)));
        Assert.Equal(("KRS016", "maxBytes"), Refusal(() => _ = new EvidencePolicy(EvidencePolicy.Default.Kinds, 0)));
        Assert.Equal(("KRS004", "kinds"), Refusal(() => _ = new EvidencePolicy([])));
    }

    [Fact]
    public void The_policy_asks_for_enough_leading_bytes_to_read_an_OpenDocument_mimetype()
    {
        // 30 bytes of zip header + "mimetype" (8) + the longest OpenDocument type written after it.
        Assert.Equal(30 + 8 + "application/vnd.oasis.opendocument.spreadsheet".Length, Policy.HeaderLength);
    }

    [Fact]
    public void A_hostile_name_is_accepted_only_under_its_sanitised_form()
    {
        var accepted = Policy.Check("../../../etc/\u202Elaporan\u0000.PDF", 10, Ascii("%PDF-1.7"));

        Assert.Equal("laporan.pdf", accepted.DownloadName);
    }
}
