using Karsa.Documents.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Karsa.Documents.Rendering.Pdf;

/// <summary>
/// Reads back where the outline's headings and captions landed in a printed book. Headings and
/// captions are the book's only bold text besides table headers, key figures and Markdown emphasis,
/// and they come in reading order, so each entry is the first page, at or after the previous entry's,
/// whose bold text holds the entry's text (whitespace ignored, so wrapped lines still match).
/// </summary>
internal static class PrintedPages
{
    public static BookPages Find(string pdfPath, BookOutline outline)
    {
        using var document = PdfDocument.Open(pdfPath);
        return Locate([.. document.GetPages().Select(page => string.Concat(page.Letters.Where(IsBold).Select(l => l.Value)))], outline);
    }

    /// <summary>The pages of the outline's entries, given each page's bold text in page order.</summary>
    public static BookPages Locate(IReadOnlyList<string> boldTextPerPage, BookOutline outline)
    {
        var bold = boldTextPerPage.Select(Squash).ToList();
        return new BookPages(Locate(bold, outline.Headings), Locate(bold, outline.Tables), Locate(bold, outline.Figures));
    }

    private static bool IsBold(Letter letter) => letter.FontName?.Contains("Bold", StringComparison.OrdinalIgnoreCase) == true;

    private static List<int?> Locate(List<string> pages, IReadOnlyList<OutlineEntry> entries)
    {
        var found = new List<int?>(entries.Count);
        var from = 0;
        foreach (var entry in entries)
        {
            var text = Squash(entry.Text);
            var page = text.Length == 0 ? -1 : pages.FindIndex(from, p => p.Contains(text, StringComparison.Ordinal));
            found.Add(page < 0 ? null : page + 1);
            from = page < 0 ? from : page;
        }

        return found;
    }

    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
