using Karsa.Documents.Model;
using Karsa.Documents.Rendering.Docx;
using Karsa.Documents.Rendering.Html;
using Karsa.Documents.Rendering.Pdf;

namespace Karsa.Documents;

/// <summary>The file formats a book or report is written in.</summary>
public enum BookFormat
{
    /// <summary>Word (the default).</summary>
    Docx,

    /// <summary>One self-contained HTML page.</summary>
    Html,

    /// <summary>PDF printed from the HTML by headless Chromium.</summary>
    Pdf,
}

/// <summary>Writes any <see cref="Book"/> (the masterplan book, an evaluation report) in a <see cref="BookFormat"/>.</summary>
public static class BookWriter
{
    /// <summary>Writes <paramref name="book"/> to <paramref name="path"/> in <paramref name="format"/>, replacing the file only when complete.</summary>
    public static Task WriteAsync(Book book, string path, BookFormat format, PdfPrintOptions? pdf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(book);
        switch (format)
        {
            case BookFormat.Pdf:
                return PdfBookPrinter.PrintAsync(book, path, pdf, cancellationToken);
            case BookFormat.Html:
                HtmlBookWriter.WriteFile(book, path);
                return Task.CompletedTask;
            default:
                DocxBookWriter.WriteFile(book, path);
                return Task.CompletedTask;
        }
    }
}
