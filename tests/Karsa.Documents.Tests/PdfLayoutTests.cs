using Karsa.Documents.Rendering.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Karsa.Documents.Tests;

/// <summary>
/// Layout of the printed book of the wide realistic plan (ten years, seven sources, amounts in the
/// billions): nothing may run past the printable area or print over other text.
/// </summary>
public class PdfLayoutTests
{
    private const double PointsPerMm = 72 / 25.4;
    private const double Tolerance = 1.5;

    // The @page margins of the book's stylesheet: 18 mm top, 16 mm sides, 20 mm bottom.
    private static readonly (double Top, double Side, double Bottom) Margins = (18 * PointsPerMm, 16 * PointsPerMm, 20 * PointsPerMm);

    private static readonly Lazy<Task<byte[]>> Printed = new(PrintAsync);

    private static async Task<byte[]> PrintAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"karsa-layout-{Guid.NewGuid():N}.pdf");
        try
        {
            await PdfBookPrinter.PrintAsync(Books.Of(TestPlans.Realistic()), path);
            return await File.ReadAllBytesAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<List<(int Number, double Width, double Height, List<Letter> Letters)>> PagesAsync()
    {
        Chromium.Require();
        using var pdf = PdfDocument.Open(await Printed.Value);
        return [.. pdf.GetPages().Select(p => (p.Number, p.Width, p.Height, p.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList()))];
    }

    [SkippableFact]
    public async Task Every_letter_lies_inside_the_printable_area_of_its_page()
    {
        var outside = new List<string>();
        foreach (var (number, width, height, letters) in await PagesAsync())
        {
            foreach (var letter in letters)
            {
                var box = letter.BoundingBox;
                var inside = box.Left >= Margins.Side - Tolerance && box.Right <= width - Margins.Side + Tolerance
                    && box.Top <= height - Margins.Top + Tolerance && box.Bottom >= Margins.Bottom - Tolerance;
                var pageNumber = box.Top < Margins.Bottom && char.IsAsciiDigit(letter.Value[0]);
                if (!inside && !pageNumber)
                {
                    outside.Add($"page {number}: '{letter.Value}' at x {box.Left:0.#}-{box.Right:0.#}, y {box.Bottom:0.#}-{box.Top:0.#}");
                }
            }
        }

        Assert.True(outside.Count == 0, $"{outside.Count} letters outside the printable area, e.g.\n{string.Join("\n", outside.Take(10))}");
    }

    [SkippableFact]
    public async Task No_letter_is_printed_over_another()
    {
        var collisions = new List<string>();
        foreach (var (number, _, _, letters) in await PagesAsync())
        {
            var sorted = letters.OrderBy(l => l.BoundingBox.Left).ToList();
            for (var i = 0; i < sorted.Count; i++)
            {
                var a = sorted[i].BoundingBox;
                for (var j = i + 1; j < sorted.Count && sorted[j].BoundingBox.Left < a.Right; j++)
                {
                    if (Overlap(a, sorted[j].BoundingBox) > 0.3)
                    {
                        collisions.Add($"page {number}: '{sorted[i].Value}' and '{sorted[j].Value}' at x {a.Left:0.#}, y {a.Bottom:0.#}");
                    }
                }
            }
        }

        Assert.True(collisions.Count == 0, $"{collisions.Count} overlapping letters, e.g.\n{string.Join("\n", collisions.Take(10))}");
    }

    [SkippableFact]
    public async Task A_table_caption_and_header_never_end_a_page_without_the_first_rows()
    {
        Chromium.Require();

        // Chapters that start on a fresh page with ever more text before a table, so one of them puts
        // the table right at the foot of a page.
        var chapters = Enumerable.Range(0, 16).Select(k => new Model.Chapter($"Bab {k}",
            [
                .. Enumerable.Range(0, 18 + k).Select(i => Model.Paragraph.Plain($"Paragraf {i} pengisi halaman.")),
                new Model.Table([new("Kode"), new("Uraian")], [.. Enumerable.Range(0, 12).Select(i => new Model.TableRow([$"R{k}x{i}", "isi baris"]))], $"Tabel{k}x"),
            ],
            [])).ToList();
        var book = new Model.Book(Domain.Primitives.Language.Indonesian, new Model.BookCover("K", "Judul", "Sub", [], "Catatan"), "Daftar Isi",
            new Model.Chapter("Ringkasan", [], []), [new Model.Volume(1, "Buku", chapters)]);
        var path = Path.Combine(Path.GetTempPath(), $"karsa-keep-{Guid.NewGuid():N}.pdf");
        try
        {
            await PdfBookPrinter.PrintAsync(book, path);
            using var pdf = PdfDocument.Open(path);
            var pages = pdf.GetPages().Select(p => Books.Squash(p.Text)).ToList();
            for (var k = 0; k < chapters.Count; k++)
            {
                var captionPage = pages.FindIndex(t => t.Contains($"Tabel{k}x", StringComparison.Ordinal));
                Assert.True(captionPage >= 0, $"table {k} not printed");
                Assert.Contains("KodeUraian", pages[captionPage], StringComparison.Ordinal);
                Assert.Contains($"R{k}x0", pages[captionPage], StringComparison.Ordinal);
                Assert.Contains($"R{k}x1", pages[captionPage], StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The shared area as a share of the smaller of the two glyph boxes.</summary>
    private static double Overlap(PdfRectangle a, PdfRectangle b)
    {
        var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Top, b.Top) - Math.Max(a.Bottom, b.Bottom);
        var smaller = Math.Min(a.Width * a.Height, b.Width * b.Height);
        return width <= 0 || height <= 0 || smaller <= 0 ? 0 : width * height / smaller;
    }
}
