using System.Text.RegularExpressions;
using Karsa.Documents.Model;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange;

namespace Karsa.Documents.Tests;

/// <summary>The front matter and the plan-level chapters: where they stand, what they print, and the template marker when the plan lacks them.</summary>
public partial class PlanSectionChapterTests
{
    private const string Marker = "[isi oleh daerah]";

    private static readonly string[] FrontMatterHeadings = ["Lembar Pengesahan", "Kata Pengantar", "Sambutan Bupati Karanganyar"];

    private static readonly string[] NewChapterTitles =
    [
        "Kebijakan, Kelembagaan dan Sumber Daya Manusia", "Infrastruktur Pendukung", "Manajemen Perubahan dan Pembangunan Komunitas",
        "Pola Pembiayaan dan Peran Pemangku Kepentingan", "Penutup",
    ];

    private static readonly Lazy<Masterplan> Sample = new(() =>
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "samples", "karanganyar", "masterplan.yaml")))
        {
            folder = folder.Parent;
        }

        var read = PlanReader.ReadFile(Path.Combine(folder!.FullName, "samples", "karanganyar", "masterplan.yaml"));
        return read.Plan ?? throw new InvalidOperationException(string.Join("\n", read.Diagnostics.Select(d => d.Format(Language.English))));
    });

    [Fact]
    public void The_sample_book_opens_with_its_front_matter_before_the_summary_and_the_cover_shows_the_issue_date()
    {
        var book = Books.Of(Sample.Value);

        var first = new Volume(0, "front", book.FrontMatter);
        Assert.Equal(FrontMatterHeadings, first.Chapters.Select(c => c.Heading));
        Assert.DoesNotContain(book.Chapters, c => FrontMatterHeadings.Contains(c.Heading));
        Assert.Contains("Tanggal terbit 20 Desember 2022", book.Cover.Lines);
        var approval = Text(first.Chapters[0]);
        Assert.Contains("Peraturan Bupati Karanganyar Nomor 00 Tahun 2022 (nomor ilustratif) tanggal 15 Desember 2022 tentang Masterplan Smart City Kabupaten Karanganyar Tahun 2022-2031", approval, StringComparison.Ordinal);
        Assert.Contains("Nama Bupati Karanganyar (ilustratif)", approval, StringComparison.Ordinal);
        Assert.Contains("Puji syukur kami panjatkan", Text(first.Chapters[1]), StringComparison.Ordinal);
        Assert.Contains("Kepala Badan Perencanaan Pembangunan Daerah selaku Ketua Tim Pelaksana", Text(first.Chapters[1]), StringComparison.Ordinal);
        Assert.Contains("Teknologi hanyalah alat", Text(first.Chapters[2]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_book_prints_the_plan_level_chapters_in_buku_II_with_the_samples_content()
    {
        var book = Books.Of(Sample.Value);

        var masterplan = book.Volumes[1].Chapters;
        Assert.All(NewChapterTitles, title => Assert.Single(masterplan, c => c.Heading.EndsWith(". " + title, StringComparison.Ordinal)));
        Assert.DoesNotContain(book.Volumes[0].Chapters, c => NewChapterTitles[..^1].Any(t => c.Heading.EndsWith(t, StringComparison.Ordinal)));
        Assert.EndsWith("Lampiran", masterplan[^1].Heading, StringComparison.Ordinal);
        Assert.EndsWith("Penutup", masterplan[^2].Heading, StringComparison.Ordinal);
        Assert.EndsWith("Penutup", book.Volumes[0].Chapters[^1].Heading, StringComparison.Ordinal);
        Assert.Contains("Sistem Penghubung", Text(Chapter(book, "Infrastruktur Pendukung")), StringComparison.Ordinal);
        Assert.Contains("Dewan Smart City diketuai Bupati", Text(Chapter(book, "Kebijakan, Kelembagaan")), StringComparison.Ordinal);
        Assert.Contains("Masterplan ini ditetapkan dengan Peraturan Bupati Karanganyar", Text(Chapter(book, "Kebijakan, Kelembagaan")), StringComparison.Ordinal);
        Assert.Contains("Komunitas dan LSM mendampingi warga", Text(Chapter(book, "Manajemen Perubahan")), StringComparison.Ordinal);
        var financing = Chapter(book, "Pola Pembiayaan");
        var stakeholders = Tables(financing).Single(t => t.Caption!.Contains("Pemangku kepentingan", StringComparison.Ordinal));
        Assert.Contains(stakeholders.Rows, r => r.Cells[0] == "Perguruan tinggi di Solo Raya" && r.Cells[1] == "Kajian, pendampingan dan evaluasi");
        Assert.Contains("kesepakatan bersama", Text(masterplan[^2]), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_needs_no_template_marker_in_the_front_matter_or_the_new_chapters()
    {
        var book = Books.Of(Sample.Value);

        Assert.DoesNotContain(book.Cover.Lines, l => l.Contains(Marker, StringComparison.Ordinal));
        Assert.All(Ours(book), chapter => Assert.DoesNotContain(Marker, Text(chapter), StringComparison.Ordinal));
    }

    [Fact]
    public void A_plan_without_them_marks_every_front_matter_page_and_new_chapter_and_prints_no_empty_table()
    {
        var plan = TestPlans.Realistic();
        Assert.True(plan.Content.BookMatter.IsEmpty && plan.Content.Sections == PlanSections.None);

        var book = Books.Of(plan);

        Assert.Contains("Tanggal terbit: " + Marker, book.Cover.Lines);
        var ours = Ours(book).ToList();
        Assert.Equal(FrontMatterHeadings.Length + NewChapterTitles.Length + 1, ours.Count);
        Assert.All(ours, chapter => Assert.Contains(Marker, Text(chapter), StringComparison.Ordinal));
        Assert.All(ours.SelectMany(Tables), table => Assert.NotEmpty(table.Rows));
        Assert.Contains("peraturan kepala daerah yang menetapkan masterplan", Text(ours[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partly_written_chapter_names_only_what_is_missing()
    {
        var plan = Masterplan.Create(TestPlans.Content() with
        {
            Sections = new PlanSections(
                new SupportingInfrastructure(Network: "Jaringan serat optik."),
                Financing: new FinancingAndStakeholders(patterns: [new FinancingPattern(FundingSource.Csr, "Perangkat sekolah.")])),
        });

        var book = Books.Of(plan);

        var infrastructure = Text(Chapter(book, "Infrastruktur Pendukung"));
        Assert.Contains("Jaringan serat optik.", infrastructure, StringComparison.Ordinal);
        Assert.Contains($"{Marker} Bagian berikut belum diuraikan dalam rencana: Arsitektur Integrasi Sistem; Pusat Data; Ruang Kendali (Command Center).", infrastructure, StringComparison.Ordinal);
        var financing = Text(Chapter(book, "Pola Pembiayaan"));
        Assert.Contains("gambaran umum pembiayaan; pemangku kepentingan dan perannya", financing, StringComparison.Ordinal);
        Assert.Contains("belum memiliki pola pembiayaan: APBD", financing, StringComparison.Ordinal);
        Assert.DoesNotContain("pola pembiayaan: CSR", financing, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_of_the_new_chapters_is_referred_to_in_its_text()
    {
        var book = Books.Of(Sample.Value);

        var tables = Ours(book).SelectMany(c => Tables(c).Select(t => (Chapter: c, Label: Label().Match(t.Caption!).Value))).ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.Contains(t.Label, Paragraphs(t.Chapter), StringComparison.Ordinal));
    }

    [Fact]
    public void The_english_book_speaks_english_and_a_masterplan_only_book_opens_with_the_front_matter()
    {
        var english = Books.Of(TestPlans.Realistic(), Language.English);
        var masterplanOnly = Books.Of(Sample.Value, volumes: BookVolumes.Masterplan);

        Assert.Equal(["Approval Page", "Foreword", "Address of the Regent of Karanganyar"], english.FrontMatter.Select(c => c.Heading));
        Assert.Contains(english.Volumes[1].Chapters, c => c.Heading.EndsWith(". Supporting Infrastructure", StringComparison.Ordinal));
        Assert.Contains("[to be completed by the region]", Text(english.FrontMatter[0]), StringComparison.Ordinal);
        Assert.Equal(FrontMatterHeadings, masterplanOnly.FrontMatter.Select(c => c.Heading));
        Assert.DoesNotContain(masterplanOnly.Chapters, c => FrontMatterHeadings.Contains(c.Heading));
    }

    [GeneratedRegex(@"^Tabel \S+")]
    private static partial Regex Label();

    private static IEnumerable<Chapter> Ours(Book book) =>
        book.FrontMatter.Concat(book.Chapters).Where(c => FrontMatterHeadings.Contains(c.Heading) || c.Heading.StartsWith("Sambutan", StringComparison.Ordinal) ||
            NewChapterTitles.Any(t => c.Heading.EndsWith(". " + t, StringComparison.Ordinal)));

    private static Chapter Chapter(Book book, string title) => book.Volumes[^1].Chapters.Single(c => c.Heading.Contains(title, StringComparison.Ordinal));

    private static IEnumerable<Block> Blocks(Chapter chapter) => chapter.Lead.Concat(chapter.Sections.SelectMany(s => s.Blocks));

    private static IEnumerable<Table> Tables(Chapter chapter) => Blocks(chapter).OfType<Table>();

    private static string Paragraphs(Chapter chapter) => string.Join("\n", Blocks(chapter).OfType<Paragraph>().Select(p => p.Text));

    private static string Text(Chapter chapter) => string.Join("\n", Blocks(chapter).Select(b => b switch
    {
        Paragraph p => p.Text,
        Subheading h => h.Text,
        BulletList l => string.Join("\n", l.Items.Select(i => string.Concat(i.Select(r => r.Text)))),
        Table t => string.Join("\n", t.Rows.Select(r => string.Join(" | ", r.Cells))),
        _ => string.Empty,
    }).Prepend(string.Join("\n", chapter.Sections.Select(s => s.Heading))));
}
