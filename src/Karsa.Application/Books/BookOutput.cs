using Karsa.Application.Common;
using Karsa.Documents;
using Karsa.Documents.Model;
using Karsa.Documents.Rendering.Pdf;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Books;

/// <summary>Writes any book (the masterplan, an evaluation report) to a file and turns a missing Chromium or a file problem into a typed error.</summary>
internal static class BookOutput
{
    /// <summary>Writes <paramref name="book"/> to <paramref name="path"/>; null on success, else the error.</summary>
    public static async Task<UseCaseError?> WriteAsync(Book book, string path, BookFormat format, string? chromium, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await BookWriter.WriteAsync(book, path, format, new PdfPrintOptions(chromium), cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception problem) when (problem is PdfPrintException or ChromiumNotFoundException)
        {
            return UseCaseError.Of(FailureKind.MissingTool, problem is ChromiumNotFoundException
                ? new LocalizedText(
                    "Chromium tidak ditemukan untuk mencetak PDF. Pasang dengan `apt-get install chromium` atau isi KARSA_CHROMIUM dengan lokasinya; DOCX dan HTML tetap dapat dibuat tanpa peramban.",
                    problem.Message)
                : new LocalizedText("Chromium gagal mencetak PDF: " + problem.Message, "Chromium could not print the PDF: " + problem.Message));
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return Failures.FromFile(problem);
        }
    }
}
