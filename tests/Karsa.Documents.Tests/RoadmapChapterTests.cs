using Karsa.Documents.Model;
using Karsa.Documents.Roadmap;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;

namespace Karsa.Documents.Tests;

public class RoadmapChapterTests
{
    private static Chapter RoadmapChapter(Book book) => book.Volumes[1].Chapters.Single(c => c.Heading.EndsWith("Peta Jalan", StringComparison.Ordinal));

    private static Chapter Appendices(Book book) => book.Volumes[1].Chapters[^1];

    private static IEnumerable<Block> Blocks(Chapter chapter) => chapter.Lead.Concat(chapter.Sections.SelectMany(s => s.Blocks));

    private static string Texts(Chapter chapter) => string.Join("\n", Blocks(chapter).OfType<Paragraph>().Select(p => p.Text));

    private static BookRoadmap WithReasons(Masterplan plan, bool? optimal)
    {
        var dropped = plan.Programmes[1];
        var starts = plan.Programmes.Where(p => p != dropped).ToDictionary(p => p.Code, plan.CostAnchor);
        var year = plan.Period.Last;
        return new BookRoadmap(RoadmapView.Of(plan, starts, new HashSet<ProgrammeCode>()),
            new Dictionary<ProgrammeCode, IReadOnlyList<string>> { [dropped.Code] = ["APBD 2024-2027 penuh; kurang Rp 2,5 M untuk mulai 2026"] },
            optimal, 12.5m,
            new Dictionary<ProgrammeCode, IReadOnlyList<BookStartReason>> { [dropped.Code] = [new(2024, "APBD 2024 penuh"), new(2025, "APBD 2025 penuh")] },
            [new BookUnusedCeiling(year, FundingSource.Apbd, new Rupiah(12_000_000_000), new Rupiah(3_700_000_000), "X-01 memerlukan lebih dari sisa ini")]);
    }

    [Fact]
    public void The_chapter_gives_one_sentence_per_programme_out_the_unused_ceilings_and_the_detail_in_the_appendix()
    {
        var plan = Scored(TestPlans.Realistic());
        var book = Books.Of(plan, roadmap: WithReasons(plan, optimal: true));
        var chapter = RoadmapChapter(book);
        var tables = Blocks(chapter).OfType<Table>().ToList();

        var outside = tables.Single(t => t.Caption!.EndsWith("Program di luar peta jalan dan alasannya", StringComparison.Ordinal));
        Assert.Equal([plan.Programmes[1].Code.Value, plan.Programmes[1].Name.In(Language.Indonesian), "APBD 2024-2027 penuh; kurang Rp 2,5 M untuk mulai 2026"], Assert.Single(outside.Rows).Cells);
        var unused = tables.Single(t => t.Caption!.Contains("Sisa pagu per tahun", StringComparison.Ordinal));
        Assert.Equal([plan.Period.Last.ToString(), "APBD", "12.000", "8.300", "X-01 memerlukan lebih dari sisa ini"], Assert.Single(unused.Rows).Cells);
        var detail = Blocks(Appendices(book)).OfType<Table>().Single(t => t.Caption!.EndsWith("Alasan per program dan tahun mulai", StringComparison.Ordinal));
        Assert.Equal([["2024", "APBD 2024 penuh"], ["2025", "APBD 2025 penuh"]], detail.Rows.Select(r => r.Cells.Skip(1).ToArray()));
        Assert.Contains("Jadwal ini optimal", Texts(chapter), StringComparison.Ordinal);
        Assert.Contains("10 tahun manfaat setelah program selesai", Texts(chapter), StringComparison.Ordinal);
    }

    /// <summary>The plan with every programme scored 3 on the first criterion (the test plan has no scores).</summary>
    private static Masterplan Scored(Masterplan plan) => Masterplan.Create(plan.Content with
    {
        Programmes = plan.Programmes.Select(p => new Programme(p.Code, p.Name, p.Dimension, p.Element, p.LeadAgency, p.DurationYears, p.Costs, p.Kind,
            p.Description, p.SupportingAgencies, p.QuickWinCandidate, p.EarliestStart, p.LatestStart, p.DependsOn, p.Mandatory, p.AlternativesGroup,
            new[] { new CriterionScore(plan.Content.Criteria[0].Code, 3) }.ToValueList(), p.Indicators, p.Districts, p.PlanningReference)).ToValueList(),
    });

    [Fact]
    public void A_plan_without_scores_is_never_called_optimal()
    {
        var unscored = TestPlans.Realistic();
        Assert.All(unscored.Programmes, p => Assert.Empty(p.Scores));
        var chapter = RoadmapChapter(Books.Of(unscored, roadmap: WithReasons(unscored, optimal: true)));

        Assert.DoesNotContain("Jadwal ini optimal", Texts(chapter), StringComparison.Ordinal);
        Assert.DoesNotContain("terbukti optimal", Texts(chapter), StringComparison.Ordinal);
        Assert.Contains("belum diberi skor prioritas", Texts(chapter), StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_without_an_end_year_is_never_said_to_end_in_the_plans_last_year()
    {
        var plan = SamplePlan.Value;
        var book = Books.Of(plan);
        var chapter = RoadmapChapter(book);
        var continuing = plan.Programmes.Where(p => p.IsUnderWay && p.DurationYears is null).Select(p => p.Code.Value).ToList();
        Assert.NotEmpty(continuing);
        var tables = Blocks(chapter).OfType<Table>().ToList();
        var perYear = tables.Single(t => t.Caption!.EndsWith("Program yang mulai, berjalan dan selesai per tahun", StringComparison.Ordinal));
        var perDimension = tables.Single(t => t.Caption!.EndsWith("Program per dimensi dan tahun pelaksanaannya", StringComparison.Ordinal));

        var ending = perYear.Rows.SelectMany(r => r.Cells[3].Split(", ")).ToHashSet();
        Assert.All(continuing, code => Assert.DoesNotContain(code, ending));
        var note = Texts(chapter).Split('\n').Single(t => t.Contains("tidak mempunyai tahun selesai", StringComparison.Ordinal));
        Assert.All(continuing, code => Assert.Contains(code, note, StringComparison.Ordinal));
        var scheduledCells = string.Join(", ", perDimension.Rows.Select(r => r.Cells[1]));
        Assert.All(continuing, code => Assert.Contains($"{code} ({plan.Period.First}-{plan.Period.Last})", scheduledCells, StringComparison.Ordinal));
    }

    [Fact]
    public void Consecutive_years_of_one_source_with_the_same_reason_make_one_row_of_the_unused_ceilings()
    {
        static BookUnusedCeiling Left(int year, FundingSource source, string reason) => new(new FiscalYear(year), source, new Rupiah(1_000_000_000), new Rupiah(400_000_000), reason);
        BookUnusedCeiling[] unused =
        [
            Left(2024, FundingSource.Apbd, "A"), Left(2024, FundingSource.Dak, "A"), Left(2025, FundingSource.Apbd, "A"),
            Left(2026, FundingSource.Apbd, "B"), Left(2028, FundingSource.Apbd, "B"),
        ];

        var runs = Building.RoadmapReasons.MergedRuns(unused).Select(r => $"{r[0].Source} {r[0].Year}-{r[^1].Year} {r[0].Reason}").ToList();

        Assert.Equal(["apbd 2024-2025 A", "dak 2024-2024 A", "apbd 2026-2026 B", "apbd 2028-2028 B"], runs);
    }
}
