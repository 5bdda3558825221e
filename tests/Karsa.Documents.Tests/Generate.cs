using Karsa.Documents.Rendering.Docx;
using Karsa.Documents.Rendering.Html;
using Karsa.Documents.Rendering.Pdf;

namespace Karsa.Documents.Tests;

public class Generate
{
    [SkippableFact]
    public async Task Write_sample_books_when_asked()
    {
        var folder = Environment.GetEnvironmentVariable("KARSA_BOOK_OUT");
        Skip.If(string.IsNullOrEmpty(folder), "Set KARSA_BOOK_OUT to write sample books.");
        foreach (var hostile in new[] { false, true })
        {
            var book = Books.Of(TestPlans.Realistic(hostile));
            var name = hostile ? "hostile" : "book";
            DocxBookWriter.WriteFile(book, Path.Combine(folder!, name + ".docx"));
            HtmlBookWriter.WriteFile(book, Path.Combine(folder!, name + ".html"));
            await PdfBookPrinter.PrintAsync(book, Path.Combine(folder!, name + ".pdf"));
        }
    }
}
