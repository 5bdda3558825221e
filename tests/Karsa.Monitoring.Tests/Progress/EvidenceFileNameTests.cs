using CsCheck;
using Karsa.Monitoring.Progress.Evidence;

namespace Karsa.Monitoring.Tests.Progress;

/// <summary>Hostile upload names made safe.</summary>
public class EvidenceFileNameTests
{
    [Theory]
    [InlineData("laporan.pdf", "laporan.pdf")]
    [InlineData("Laporan Akhir 2025.PDF", "Laporan Akhir 2025.pdf")]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\opd\\laporan.pdf", "laporan.pdf")]
    [InlineData("faktur\u202Egpj.exe", "fakturgpj.exe")]
    [InlineData("a\r\nb\u0000c\u200B.pdf", "abc.pdf")]
    [InlineData("<script>alert(1)<\u002Fscript>.pdf", "script_.pdf")]
    [InlineData("<b>tebal|\"kutip\"?*.pdf", "_b_tebal__kutip___.pdf")]
    [InlineData("  banyak   spasi  .pdf", "banyak spasi.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("nul", "_nul")]
    [InlineData("com1.tar.pdf", "_com1.tar.pdf")]
    [InlineData("console.pdf", "console.pdf")]
    [InlineData(".pdf", "bukti.pdf")]
    [InlineData("...", "bukti")]
    [InlineData("", "bukti")]
    [InlineData(null, "bukti")]
    [InlineData("laporan.", "laporan")]
    [InlineData(".htaccess", "bukti.htaccess")]
    [InlineData("a.b c.", "a.b c")]
    [InlineData("laporan.PDF  ", "laporan.pdf")]
    public void Hostile_names_become_safe(string? name, string expected)
    {
        Assert.Equal(expected, EvidenceFileName.Sanitise(name));
    }

    [Fact]
    public void A_long_name_keeps_its_extension_and_a_hundred_characters_of_stem()
    {
        Assert.Equal(new string('a', 100) + ".pdf", EvidenceFileName.Sanitise(new string('a', 5000) + ".pdf"));
        // The stem "x." + 200 letters keeps 100 characters; the 12-character extension keeps 10.
        Assert.Equal("x." + new string('a', 98) + ".pdfpdfpdfp", EvidenceFileName.Sanitise("x." + new string('a', 200) + ".pdfpdfpdfpdf"));
    }

    [Fact]
    public void A_cut_never_splits_a_surrogate_pair()
    {
        // 99 letters then an emoji (two UTF-16 units): cutting at 100 would keep half of it.
        Assert.Equal(new string('a', 99) + ".pdf", EvidenceFileName.Sanitise(new string('a', 99) + "\U0001F600b.pdf"));
        Assert.Equal("laporan.pdf", EvidenceFileName.Sanitise("lapo\uD800ran.pdf"));
    }

    [Fact]
    public void Any_name_gives_a_bounded_visible_name_without_path_or_control_characters_and_sanitising_twice_changes_nothing()
    {
        Gen.String.Sample(name =>
        {
            var safe = EvidenceFileName.Sanitise(name);
            Assert.InRange(safe.Length, 1, EvidenceFileName.MaxStemLength + 1 + EvidenceFileName.MaxExtensionLength);
            Assert.DoesNotContain(safe, c => c is '/' or '\\' or '<' or '>' or ':' or '"' or '|' or '?' or '*' || char.IsControl(c));
            Assert.False(safe.StartsWith('.') || safe.StartsWith(' ') || safe.EndsWith(' '), safe);
            Assert.Equal(safe, EvidenceFileName.Sanitise(safe));
        }, iter: 20_000);
    }
}
