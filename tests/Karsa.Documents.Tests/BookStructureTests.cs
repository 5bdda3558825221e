using System.Text.RegularExpressions;
using Karsa.Documents.Model;
using Karsa.Domain.Agencies;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Tests;

/// <summary>
/// The book's structure as decided in the model, before any renderer: caption numbers per volume,
/// every numbered table and figure referred to in the text, and honest text (templates marked, agency
/// names from the plan, a section without data saying what is missing).
/// </summary>
public partial class BookStructureTests
{
    /// <summary>
    /// The realistic plan with no narratives, no readiness and no costs: what a region's bare programme
    /// list gives; its planning agency (BAPPEDA) is recoded and renamed as given.
    /// </summary>
    internal static Masterplan Bare(string planningCode = "BAPPEDA", string? planningName = null)
    {
        var content = TestPlans.Content();
        AgencyCode Recode(AgencyCode code) => code.Value == "BAPPEDA" ? new AgencyCode(planningCode) : code;
        return Masterplan.Create(content with
        {
            Narratives = [],
            Readiness = [],
            Agencies = content.Agencies.Select(a => a.Code.Value == "BAPPEDA" ? new Agency(Recode(a.Code), planningName ?? a.Name, a.Kind) : a).ToValueList(),
            Programmes = content.Programmes.Select(p => new Programme(p.Code, p.Name, p.Dimension, p.Element, Recode(p.LeadAgency), p.DurationYears, [])).ToValueList(),
        });
    }

    internal static IEnumerable<Block> AllBlocks(Book book) =>
        book.FrontMatter.Append(book.Summary with { Sections = [] }).Concat(book.Chapters).SelectMany(c => c.Lead.Concat(c.Sections.SelectMany(s => s.Blocks)));

    internal static IEnumerable<string> Texts(Book book) => AllBlocks(book).SelectMany(b => b switch
    {
        Paragraph p => [p.Text],
        BulletList l => l.Items.Select(i => string.Concat(i.Select(r => r.Text))),
        Table t => t.Rows.SelectMany(r => r.Cells).Concat(t.Columns.Select(c => c.Header)).Append(t.Caption ?? string.Empty),
        Figure f => [f.Caption],
        KeyFigures k => k.Items.SelectMany(i => new[] { i.Label, i.Value }),
        _ => [],
    });

    private static IEnumerable<CaptionNumber> Numbers(IEnumerable<Block> blocks) => blocks.Select(b => b switch
    {
        Table t => t.Number,
        Figure f => f.Number,
        _ => null,
    }).OfType<CaptionNumber>();

    [Fact]
    public void Caption_numbers_carry_their_volume_and_never_repeat_in_the_book()
    {
        var book = Books.Of(TestPlans.Realistic());
        foreach (var volume in book.Volumes)
        {
            var numeral = volume.Number == 1 ? "I" : "II";
            var numbers = Numbers(volume.Chapters.SelectMany(c => c.Lead.Concat(c.Sections.SelectMany(s => s.Blocks)))).ToList();
            Assert.NotEmpty(numbers);
            Assert.All(numbers, n => Assert.StartsWith($"{numeral}-", n.Prefix, StringComparison.Ordinal));
        }

        var labels = Numbers(AllBlocks(book)).Select(n => n.Label).ToList();
        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Contains("Tabel I-2.1", labels);
        Assert.Contains("Tabel II-3.1", labels);
    }

    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void No_heading_or_caption_of_the_sample_says_a_word_twice_in_a_row(Language language)
    {
        var outline = BookOutline.Of(Books.Of(SamplePlan.Value, language));
        var entries = outline.Headings.Concat(outline.Tables).Concat(outline.Figures).Select(e => e.Text).ToList();
        Assert.Contains(entries, e => e.Contains(language == Language.Indonesian ? "Indikator daerah" : "Regional indicators", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EndsWith(language == Language.Indonesian ? "Indikator SPBE" : "SPBE indicators", StringComparison.Ordinal));
        var repeated = entries.Where(e => Regex.IsMatch(e, @"\b(\p{L}+) \1\b", RegexOptions.IgnoreCase)).ToList();
        Assert.True(repeated.Count == 0, string.Join("\n", repeated));
    }

    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void Every_numbered_table_and_figure_is_referred_to_in_the_text_before_it(Language language)
    {
        foreach (var plan in new[] { TestPlans.Realistic(), Bare() })
        {
            var book = Books.Of(plan, language);
            var blocks = AllBlocks(book).ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                if (Numbers([blocks[i]]).FirstOrDefault() is { } number)
                {
                    var before = blocks.Take(i).OfType<Paragraph>().Select(p => p.Text);
                    Assert.True(before.Any(t => Regex.IsMatch(t, $@"\b{Regex.Escape(number.Label)}\b")), $"{number.Label} is not referred to before it");
                }
            }
        }
    }

    [Fact]
    public void Without_the_plans_own_purpose_and_legal_basis_the_book_shows_highlighted_templates()
    {
        var book = Books.Of(Bare());
        var introduction = Introduction(book);
        foreach (var heading in new[] { "Maksud dan Tujuan", "Dasar Hukum" })
        {
            var section = introduction.Sections.Single(s => s.Heading.EndsWith(heading, StringComparison.Ordinal));
            var runs = section.Blocks.SelectMany(b => b switch
            {
                Paragraph p => p.Runs,
                BulletList l => l.Items.SelectMany(i => i),
                _ => [],
            }).ToList();
            Assert.NotEmpty(runs);
            Assert.All(runs, r => Assert.True(r.Template, $"'{r.Text}' in {heading} is generated but not marked as a template"));
            Assert.Contains(runs, r => r.Text.Contains("[isi oleh daerah]", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_plans_own_legal_basis_is_printed_without_a_template()
    {
        var book = Books.Of(TestPlans.Realistic());
        var legal = Introduction(book).Sections.Single(s => s.Heading.EndsWith("Dasar Hukum", StringComparison.Ordinal));
        Assert.DoesNotContain(legal.Blocks.OfType<Paragraph>().SelectMany(p => p.Runs), r => r.Template);
        Assert.Contains(legal.Blocks.OfType<BulletList>().SelectMany(l => l.Items).Select(i => string.Concat(i.Select(r => r.Text))), t => t.Contains("UU 23/2014", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reporting_calendar_names_the_plans_own_planning_agency_or_a_marker()
    {
        var own = Texts(Books.Of(Bare("BAPPEDALITBANG", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah"))).ToList();
        Assert.Contains(own, t => t.Contains("Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", StringComparison.Ordinal) && t.Contains("Dewan Smart City", StringComparison.Ordinal));

        var none = Texts(Books.Of(Bare("DINSOS", "Dinas Sosial"))).ToList();
        Assert.Contains(none, t => t.Contains("[badan perencanaan daerah]", StringComparison.Ordinal));
        Assert.DoesNotContain(none.Concat(own), t => t.Contains("Bappeda", StringComparison.Ordinal));
    }

    [Fact]
    public void The_governance_chapter_takes_the_plans_own_calendar_as_its_one_source()
    {
        var content = TestPlans.Content();
        var plan = Masterplan.Create(content with
        {
            Narratives = [.. content.Narratives, new NarrativeSection("governance", new LocalizedText("| Waktu | Kegiatan |\n|---|---|\n| Agustus | Evaluasi |"))],
        });
        var governance = Books.Of(plan).Volumes[1].Chapters.Single(c => c.Heading.Contains("Tata Kelola", StringComparison.Ordinal));
        var texts = governance.Lead.Concat(governance.Sections.SelectMany(s => s.Blocks)).OfType<Table>().SelectMany(t => t.Rows.SelectMany(r => r.Cells)).ToList();
        Assert.Contains("Agustus", texts);
        Assert.DoesNotContain("Juli", texts);
    }

    [Fact]
    public void A_plan_without_costs_or_readiness_says_what_is_missing_instead_of_printing_zeros_dashes_or_empty_charts()
    {
        // The roadmap chapter's spending section is its own concern (RoadmapChapter), left out here.
        var full = Books.Of(Bare());
        var book = full with { Volumes = [.. full.Volumes.Select(v => v with { Chapters = [.. v.Chapters.Where(c => !c.Heading.EndsWith("Peta Jalan", StringComparison.Ordinal))] })] };
        var texts = Texts(book).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("Rp 0", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("belum memuat biaya program", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Kesiapan belum dinilai", StringComparison.Ordinal));
        Assert.DoesNotContain(AllBlocks(book), b => b is Figure { Chart: Charts.RadarChart });
        Assert.DoesNotContain(AllBlocks(book).OfType<Table>(), t => t.Rows.Count > 0 && t.Rows.All(r => r.Cells.Skip(1).All(c => c == "-")));
    }

    [Fact]
    public void Scores_and_shares_keep_one_number_of_decimals_per_column()
    {
        var book = Books.Of(TestPlans.Realistic());
        foreach (var table in AllBlocks(book).OfType<Table>())
        {
            for (var column = 0; column < table.Columns.Count; column++)
            {
                var decimals = table.Rows.Select(r => r.Cells[column]).Where(c => DecimalNumber().IsMatch(c))
                    .Select(c => c.Contains(',', StringComparison.Ordinal) ? c.TrimEnd('%').Length - c.IndexOf(',', StringComparison.Ordinal) - 1 : 0).Distinct().ToList();
                Assert.True(decimals.Count <= 1, $"{table.Caption}, column {table.Columns[column].Header}: {string.Join(", ", table.Rows.Select(r => r.Cells[column]))}");
            }
        }
    }

    /// <summary>Buku I's introduction (the front matter's pages come before it).</summary>
    private static Chapter Introduction(Book book) =>
        book.Volumes[0].Chapters.First(c => c.Heading.EndsWith("Pendahuluan", StringComparison.Ordinal));

    [GeneratedRegex(@"^\d{1,3}(,\d+)?%?$")]
    private static partial Regex DecimalNumber();
}
