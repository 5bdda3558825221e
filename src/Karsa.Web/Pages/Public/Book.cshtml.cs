using Karsa.Application.Books;
using Karsa.Application.Portal;
using Karsa.Documents;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Portal;

/// <summary>The book of a region's newest published plan as DOCX or HTML, in the request's language (the PDF is a job, elsewhere).</summary>
[AllowAnonymous]
public sealed class BookModel(IOptions<KarsaWebOptions> options) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string region, string format, CancellationToken cancellationToken)
    {
        var kind = string.Equals(format, "html", StringComparison.Ordinal) ? BookFormat.Html : BookFormat.Docx;
        var book = await BookFiles.PublishedAsync(options.Value.Database, region, kind, Say.Language, cancellationToken).ConfigureAwait(false);
        return book.Succeeded ? BookDownload.Of(book.Value, kind) : PageErrors.Status(book.Error);
    }
}
