using Karsa.Documents.Model;
using Karsa.Documents.Roadmap;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Documents.Tests;

/// <summary>Books of the test plans, and what every rendering of them must show.</summary>
internal static class Books
{
    public static Book Of(Masterplan plan, Language language = Language.Indonesian, BookVolumes volumes = BookVolumes.All, BookRoadmap? roadmap = null) =>
        MasterplanBook.Build(plan, roadmap ?? BookRoadmap.Unscheduled(plan), new BookOptions(language, volumes));

    /// <summary>Texts the full book must contain: every programme code and name, its total cost (in the "Biaya total (Rp)" columns), each dimension, indicator and quick win.</summary>
    public static IEnumerable<string> ExpectedTexts(Masterplan plan, Language language)
    {
        foreach (var programme in plan.Programmes)
        {
            yield return programme.Code.Value;
            yield return programme.Name.In(language);
            yield return IndonesianNumbers.FormatInteger(programme.TotalCost.Value);
        }

        foreach (var dimension in Dimensions.All)
        {
            yield return dimension.Name().In(language);
        }

        foreach (var indicator in plan.Content.Indicators)
        {
            yield return indicator.Code.Value;
            yield return indicator.Name.In(language);
        }

        var roadmap = BookRoadmap.Unscheduled(plan);
        var total = roadmap.Spending.Aggregate(Rupiah.Zero, (sum, s) => sum + s.Spent);
        yield return total.ToString();
    }

    /// <summary>
    /// The heading outline the full Indonesian book must have at levels 1 and 2 ("T:" the contents and
    /// lists): the ministry guide's order, the front matter before the contents and the executive summary.
    /// </summary>
    public static readonly string[] IndonesianOutline =
    [
        "1:Lembar Pengesahan", "1:Kata Pengantar", "1:Sambutan Bupati Karanganyar",
        "T:Daftar Isi", "T:Daftar Tabel", "T:Daftar Gambar",
        "1:Ringkasan Eksekutif", "2:Quick win", "2:Penggunaan pagu",
        "1:Buku I Analisis Strategis",
        "2:1. Pendahuluan", "2:2. Profil Daerah", "2:3. Analisis Kesiapan", "2:4. Analisis SWOT", "2:5. Analisis Kesenjangan",
        "2:6. Penutup",
        "1:Buku II Masterplan",
        "2:1. Visi, Misi dan Arah Pembangunan", "2:2. Strategi per Dimensi", "2:3. Program dan Rencana Aksi", "2:4. Quick Win",
        "2:5. Peta Jalan", "2:6. Indikator dan Target", "2:7. Tata Kelola Pelaksanaan",
        "2:8. Kebijakan, Kelembagaan dan Sumber Daya Manusia", "2:9. Infrastruktur Pendukung", "2:10. Manajemen Perubahan dan Pembangunan Komunitas",
        "2:11. Pola Pembiayaan dan Peran Pemangku Kepentingan", "2:12. Penutup",
        "2:13. Lampiran",
    ];

    /// <summary>
    /// Text without what PdfPig cannot read back from Chromium's PDFs: emoji (text only when an emoji
    /// font is installed) and Javanese script (PdfPig 0.1.16 reads its glyphs as NUL, though the glyphs
    /// are in the PDF and pdftotext reads them).
    /// </summary>
    public static string PdfReadable(string text) => string.Concat(text.Where(c => !char.IsSurrogate(c) && c != '\0' && c is not (>= '\uA980' and <= '\uA9DF')));

    /// <summary>Whitespace removed, so text wrapped over lines or cells still matches.</summary>
    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
