using System.Text.RegularExpressions;
using Karsa.Documents.Model;
using Karsa.Documents.Rendering.Pdf;
using Karsa.Documents.Roadmap;
using Karsa.Domain.Plans;
using Karsa.Planning.Benchmarks;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace Karsa.Documents.Tests;

/// <summary>
/// The printed book read back with PdfPig, on the Karanganyar sample with its solved roadmap (as after
/// adoption), on the realistic test plan and on a generated 300-programme plan:
/// contents and lists with the right page numbers, caption numbers once per book, codes never broken
/// over lines, and no near-empty page except where a chapter ends.
/// </summary>
public partial class PdfStructureTests
{
    /// <summary>
    /// The least fill of a page that does not end a chapter: how far down the printable area (A4 less
    /// the 18 mm top and 20 mm bottom margins) its lowest letter reaches, page number excluded.
    /// </summary>
    public const double MinimumFill = 0.25;

    private const double PointsPerMm = 72 / 25.4;

    private static readonly Dictionary<string, Lazy<Task<Printed>>> Books = new()
    {
        ["sample"] = new(() => PrintAsync(SamplePlan.Value, SamplePlan.SolvedRoadmap)),
        ["realistic"] = new(() => PrintAsync(TestPlans.Realistic())),
        ["synthetic300"] = new(() => PrintAsync(SyntheticPlans.Generate(300, seed: 13))),
    };

    public static TheoryData<string> Plans => ["sample", "realistic", "synthetic300"];

    private sealed record PrintedPage(int Number, double Height, IReadOnlyList<Letter> Letters, IReadOnlyList<Word> Words)
    {
        public string Text => Tests.Books.Squash(string.Concat(Letters.Select(l => l.Value)));

        /// <summary>The page's text lines (letters on one baseline, left to right), whitespace removed.</summary>
        public IEnumerable<string> Lines => Letters.GroupBy(l => Math.Round(l.StartBaseLine.Y)).OrderByDescending(g => g.Key)
            .Select(g => Tests.Books.Squash(string.Concat(g.OrderBy(l => l.StartBaseLine.X).Select(l => l.Value))));

        public string Bold => Tests.Books.Squash(string.Concat(Letters.Where(l => l.FontName?.Contains("Bold", StringComparison.Ordinal) == true).Select(l => l.Value)));
    }

    /// <summary>A printed book read back: its pages, and the page each contents entry's link points to, by anchor.</summary>
    private sealed record Printed(Masterplan Plan, Book Book, BookOutline Outline, IReadOnlyList<PrintedPage> Pages, IReadOnlyDictionary<string, int> Anchors,
        IReadOnlyList<string> Bookmarks, bool Tagged)
    {
        /// <summary>The front matter, contents and lists: the pages before the executive summary's page.</summary>
        public int FrontPages => FirstPageWith(Book.Summary.Heading) - 1;

        /// <summary>The number of the first page whose bold text holds <paramref name="text"/>, or 0.</summary>
        public int FirstPageWith(string text) => Pages.ToList().FindIndex(p => p.Bold.Contains(Tests.Books.Squash(text), StringComparison.Ordinal)) + 1;
    }

    private static async Task<Printed> PrintAsync(Masterplan plan, BookRoadmap? roadmap = null)
    {
        var book = Tests.Books.Of(plan, roadmap: roadmap);
        var path = Path.Combine(Path.GetTempPath(), $"karsa-structure-{Guid.NewGuid():N}.pdf");
        try
        {
            await PdfBookPrinter.PrintAsync(book, path);
            using var pdf = PdfDocument.Open(path);
            var pages = pdf.GetPages().Select(p => new PrintedPage(p.Number, p.Height, [.. p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))], [.. p.GetWords()])).ToList();
            var outline = BookOutline.Of(book);
            var bookmarks = pdf.TryGetBookmarks(out var found) ? found.Roots.Select(b => b.Title).ToList() : [];
            var tagged = pdf.Structure.Catalog.CatalogDictionary.ContainsKey(NameToken.Create("StructTreeRoot"));
            return new Printed(plan, book, outline, pages, PrintedPages.Find(pdf, [.. outline.Headings.Select(h => h.Anchor)]), bookmarks, tagged);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<Printed> PrintedAsync(string plan)
    {
        Chromium.Require();
        return await Books[plan].Value;
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public async Task Contents_and_lists_give_each_entry_the_page_it_is_printed_on(string plan)
    {
        var printed = await PrintedAsync(plan);
        var front = printed.FrontPages;
        Assert.True(front > 1, "the executive summary was not found after the front matter");
        var lines = printed.Pages.Take(front).SelectMany(p => p.Lines).ToList();
        var at = 0;
        foreach (var entry in printed.Outline.Headings.Concat(printed.Outline.Tables).Concat(printed.Outline.Figures))
        {
            // An entry is its text then its page number at the end of a line; a long entry wraps over up to three lines.
            var text = Tests.Books.Squash(entry.Text);
            var found = Enumerable.Range(at, lines.Count - at)
                .SelectMany(i => Enumerable.Range(1, Math.Min(3, lines.Count - i)).Select(k => (Line: i, Match: Regex.Match(string.Concat(lines.Skip(i).Take(k)), $@"^{Regex.Escape(text)}(\d+)$"))))
                .FirstOrDefault(x => x.Match.Success);
            Assert.True(found.Match is { Success: true }, $"'{entry.Text}' has no page number in the contents or lists");
            at = found.Line + 1;
            var page = int.Parse(found.Match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(page, 2, printed.Pages.Count);
            Assert.Contains(text, printed.Pages[page - 1].Bold, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public async Task The_front_matter_contents_and_lists_come_in_the_guides_order_before_the_executive_summary(string plan)
    {
        var printed = await PrintedAsync(plan);
        var book = printed.Book;
        string[] order = [.. book.FrontMatter.Select(c => c.Heading), book.ContentsTitle, book.TablesTitle, book.FiguresTitle, book.Summary.Heading];

        var pages = order.Select(printed.FirstPageWith).ToList();

        Assert.Equal(["Lembar Pengesahan", "Kata Pengantar"], order.Take(2));
        Assert.All(pages, page => Assert.True(page > 1, string.Join(", ", order.Zip(pages))));
        Assert.True(pages.Zip(pages.Skip(1)).All(p => p.First < p.Second), string.Join(", ", order.Zip(pages)));
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public async Task The_pdf_is_tagged_and_bookmarks_the_front_matter_summary_and_volumes(string plan)
    {
        var printed = await PrintedAsync(plan);
        string[] expected = [.. printed.Book.FrontMatter.Select(c => c.Heading), printed.Book.Summary.Heading, .. printed.Book.Volumes.Select(v => v.Heading)];

        Assert.Equal(expected, printed.Bookmarks);
        Assert.True(printed.Tagged, "the PDF has no structure tree (not tagged)");
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public async Task Every_caption_number_is_printed_once(string plan)
    {
        var printed = await PrintedAsync(plan);
        var labels = printed.Pages.SelectMany(p => CaptionLabel().Matches(p.Bold).Select(m => m.Value)).ToList();
        var expected = printed.Outline.Tables.Concat(printed.Outline.Figures).Select(e => Tests.Books.Squash(CaptionLabel().Match(Tests.Books.Squash(e.Text)).Value)).ToList();
        Assert.Equal(expected.Count, expected.Distinct().Count());
        Assert.Equal(expected.Order(), labels.Order());
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public async Task Programme_and_indicator_codes_never_break_over_a_line(string plan)
    {
        var printed = await PrintedAsync(plan);
        var codes = printed.Plan.Programmes.Select(p => p.Code.Value).Concat(printed.Plan.Content.Indicators.Select(i => i.Code.Value)).Where(c => c.Contains('-', StringComparison.Ordinal)).ToHashSet();
        var broken = new List<string>();
        foreach (var page in printed.Pages)
        {
            var words = page.Words.Select(w => w.Text).ToList();
            for (var i = 0; i + 1 < words.Count; i++)
            {
                var joined = words[i] + words[i + 1];
                broken.AddRange(codes.Where(c => words[i].EndsWith('-') && joined.Contains(c, StringComparison.Ordinal)
                        && !words[i].Contains(c, StringComparison.Ordinal) && !words[i + 1].Contains(c, StringComparison.Ordinal))
                    .Select(c => $"page {page.Number}: {c} as '{words[i]}' '{words[i + 1]}'"));
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(10)));
    }

    [SkippableTheory]
    [MemberData(nameof(Plans))]
    public async Task No_page_is_nearly_empty_unless_a_chapter_ends_on_it(string plan)
    {
        var printed = await PrintedAsync(plan);
        var chapterStarts = printed.Outline.Headings.Where(h => h.Level <= 2 && printed.Anchors.ContainsKey(h.Anchor)).Select(h => printed.Anchors[h.Anchor]).ToHashSet();
        var (top, bottom) = (18 * PointsPerMm, 20 * PointsPerMm);
        var thin = new List<string>();
        foreach (var page in printed.Pages.Skip(printed.FrontPages))
        {
            var body = page.Letters.Where(l => l.BoundingBox.Bottom > bottom - 1).ToList();
            var lowest = body.Count == 0 ? page.Height - top : body.Min(l => l.BoundingBox.Bottom);
            var fill = (page.Height - top - lowest) / (page.Height - top - bottom);
            var endsChapter = page.Number == printed.Pages.Count || chapterStarts.Contains(page.Number + 1);
            if (fill < MinimumFill && !endsChapter)
            {
                thin.Add($"page {page.Number}: {fill:P0} filled: {string.Concat(page.Letters.Take(80).Select(l => l.Value))}");
            }
        }

        Assert.True(thin.Count == 0, string.Join("\n", thin));
    }

    [GeneratedRegex(@"(Tabel|Gambar)(I|II)-\d+\.\d+")]
    private static partial Regex CaptionLabel();
}
