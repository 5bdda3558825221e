using Karsa.Application.Books;
using Karsa.Application.Portal;
using Karsa.Documents;
using Microsoft.AspNetCore.Mvc;

namespace Karsa.Web.Pages;

/// <summary>A book file as a page's answer: a DOCX as an attachment, an HTML book shown in the browser.</summary>
public static class BookDownload
{
    /// <summary>The file result for <paramref name="book"/>.</summary>
    public static FileContentResult Of(BookFile book, BookFormat format)
    {
        ArgumentNullException.ThrowIfNull(book);
        return new FileContentResult(book.Content, book.ContentType) { FileDownloadName = format == BookFormat.Html ? null : book.FileName };
    }
}
