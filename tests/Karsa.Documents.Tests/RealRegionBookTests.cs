using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Karsa.Documents.Charts;
using Karsa.Documents.Model;
using Karsa.Documents.Rendering.Docx;
using Karsa.Documents.Rendering.Html;
using Karsa.Documents.Rendering.Pdf;
using Karsa.Documents.Roadmap;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Planning.Roadmaps;
using Karsa.Testing;
using UglyToad.PdfPig;

namespace Karsa.Documents.Tests;

/// <summary>
/// A plan made only of a real region's published programme list (Kota Cirebon's smart city
/// programmes: names, agencies, dimensions, services under way and quick wins; no costs, scores,
/// durations or budget) validates without invented fields, and its books in every format print no
/// chart without data, no "Rp 0", no table of dashes, no generated text outside the template marker and
/// no claim of an optimal schedule.
/// </summary>
public partial class RealRegionBookTests
{
    private static readonly string PlanPath = Path.Combine(AppContext.BaseDirectory, "Plans", "real-kota-cirebon.yaml");

    private static readonly Lazy<Masterplan> Plan = new(() => PlanReader.ReadFile(PlanPath).Plan ?? throw new InvalidOperationException("the plan does not read"));

    public static TheoryData<Language> Languages => [Language.Indonesian, Language.English];

    [Fact]
    public void The_plan_validates_without_errors_and_holds_no_cost_score_duration_or_budget()
    {
        var read = PlanReader.ReadFile(PlanPath);

        Assert.True(read.Plan is not null, string.Join("\n", read.Diagnostics.Select(d => d.Format(Language.English))));
        Assert.DoesNotContain(read.Diagnostics, d => d.Severity == Severity.Error);
        var plan = read.Plan!;
        Assert.Equal("32.74", plan.Content.Region.Code.Value);
        Assert.True(plan.Programmes.Count >= 15, $"{plan.Programmes.Count} programmes");
        Assert.All(plan.Programmes, p => Assert.True(p.DurationYears is null && !p.CostKnown && p.Costs.Count == 0 && p.Scores.Count == 0, p.Code.Value));
        Assert.Empty(plan.Content.Readiness);
        Assert.Contains(plan.Programmes, p => p.IsUnderWay);
        Assert.Contains(plan.Programmes, p => p.QuickWinCandidate);
        var written = PlanWriter.Write(plan, PlanFormat.Yaml);
        foreach (var invented in new[] { "duration:", "costs:", "scores:", "budget:", "readiness:", "targets:" })
        {
            Assert.DoesNotContain(invented, written, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_book_model_has_no_chart_without_data_and_no_table_of_dashes(Language language)
    {
        var book = BookOf(language);

        var figures = BookStructureTests.AllBlocks(book).OfType<Figure>().ToList();
        Assert.All(figures, f => Assert.True(HasData(f.Chart), $"'{f.Caption}' is a chart without data"));
        var tables = BookStructureTests.AllBlocks(book).OfType<Table>().ToList();
        Assert.All(tables, t => Assert.False(OnlyDashes(t), $"'{t.Caption ?? t.Columns[0].Header}' is a table of dashes"));
    }

    [Fact]
    public void Costless_programmes_say_not_estimated_and_the_quick_win_chapter_names_the_candidates_under_way()
    {
        var book = BookOf(Language.Indonesian);
        var plan = Plan.Value;

        var costCells = BookStructureTests.AllBlocks(book).OfType<Table>()
            .SelectMany(t => t.Columns.Select((c, i) => (c, i)).Where(x => x.c.Header.StartsWith("Biaya total", StringComparison.Ordinal)).SelectMany(x => t.Rows.Select(r => r.Cells[x.i])))
            .ToList();
        Assert.NotEmpty(costCells);
        Assert.All(costCells, cell => Assert.Equal("belum diperkirakan", cell));
        var quickWins = book.Volumes[1].Chapters.Single(c => c.Heading.EndsWith("Quick Win", StringComparison.Ordinal));
        var text = string.Join("\n", quickWins.Lead.OfType<Paragraph>().Select(p => p.Text));
        Assert.All(plan.Programmes.Where(p => p.QuickWinCandidate && p.IsUnderWay), p => Assert.Contains(p.Code.Value, text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Generated_text_stands_only_inside_the_template_marker(Language language)
    {
        var book = BookOf(language);
        var marker = language == Language.English ? "[to be completed by the region]" : "[isi oleh daerah]";

        var templates = BookStructureTests.AllBlocks(book).OfType<Paragraph>().Where(p => p.Runs.Any(r => r.Template)).ToList();

        Assert.NotEmpty(templates);
        Assert.All(templates, p => Assert.StartsWith(marker, p.Runs.First(r => r.Template).Text, StringComparison.Ordinal));
        var runs = BookStructureTests.AllBlocks(book).SelectMany(b => b switch
        {
            Paragraph p => p.Runs,
            BulletList l => l.Items.SelectMany(i => i),
            _ => [],
        }).ToList();
        foreach (var stock in StockPhrases(language))
        {
            Assert.DoesNotContain(runs, r => r.Text.Contains(stock, StringComparison.Ordinal) && !r.Template);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_html_and_docx_print_no_rp_0_and_no_optimal_claim(Language language)
    {
        var book = BookOf(language);

        var html = new HtmlParser().ParseDocument(HtmlBookWriter.Render(book)).Body!.TextContent;
        using var docx = WordprocessingDocument.Open(new MemoryStream(DocxBookWriter.Render(book)), false);
        var docxText = string.Join("\n", docx.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => DocxPlainText.Of(p)));

        AssertHonest(html, "HTML");
        AssertHonest(docxText, "DOCX");
    }

    [SkippableFact]
    public async Task The_pdf_prints_no_rp_0_and_no_optimal_claim()
    {
        Chromium.Require();
        var book = BookOf(Language.Indonesian);
        var path = Path.Combine(Path.GetTempPath(), $"karsa-real-{Guid.NewGuid():N}.pdf");
        try
        {
            await PdfBookPrinter.PrintAsync(book, path);
            using var pdf = PdfDocument.Open(path);
            AssertHonest(string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))), "PDF");
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The book as the command line makes it: the planner's roadmap of the plan as it reads.</summary>
    private static Book BookOf(Language language)
    {
        var plan = Plan.Value;
        var planned = new RoadmapPlanner(new PlannerOptions { TimeLimit = TimeSpan.FromSeconds(20) }).Plan(plan);
        var roadmap = planned.Roadmap ?? throw new InvalidOperationException(planned.Error!.Message(Language.English));
        var reasons = roadmap.Programmes.ToDictionary(e => e.Code, e => e.ReasonsIn(language));
        var unused = roadmap.Unused.Select(u => new BookUnusedCeiling(u.Year, u.Source, u.Ceiling, u.Spent, u.Reason.In(language))).ToList();
        return Books.Of(plan, language, roadmap: new BookRoadmap(roadmap.View, reasons, roadmap.ProvenOptimal, null, null, unused));
    }

    private static void AssertHonest(string text, string format)
    {
        var zero = RupiahZero().Match(text);
        Assert.False(zero.Success, $"{format} prints '{zero.Value}' near: {Around(text, zero.Index)}");
        var optimal = Optimal().Match(text);
        Assert.False(optimal.Success, $"{format} claims '{optimal.Value}' near: {Around(text, optimal.Index)}");
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 80), Math.Min(160, text.Length - Math.Max(0, index - 80)));

    private static bool HasData(Chart chart) => chart switch
    {
        RadarChart r => r.Series.Any(s => s.Values.Count > 0),
        StackedBarChart b => b.Series.Any(s => s.Values.Any(v => v != 0)),
        GanttChart g => g.Rows.Count > 0,
        _ => true,
    };

    /// <summary>A table whose body, past the first column, holds only dashes or nothing.</summary>
    private static bool OnlyDashes(Table table) =>
        table.Columns.Count > 1 && table.Rows.Count > 0 && table.Rows.All(r => r.Cells.Skip(1).All(c => c.Trim() is "" or "-" or "–" or "—"));

    /// <summary>Wording the book generates where a plan is silent, which must never read as the region's own.</summary>
    private static IEnumerable<string> StockPhrases(Language language) => language == Language.English
        ? ["Law 23/2014", "Presidential Regulation", "proceeds in stages", "usual references"]
        : ["Nomor 23 Tahun 2014", "Peraturan Presiden", "diarahkan bertahap", "Rujukan yang lazim"];

    [GeneratedRegex(@"Rp\s?0(?![\d.,])")]
    private static partial Regex RupiahZero();

    [GeneratedRegex(@"\boptima(l|al)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Optimal();
}
