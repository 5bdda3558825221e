using Karsa.Application.Access;
using Karsa.Application.Books;
using Karsa.Application.Dashboards;
using Karsa.Application.Portal;
using Karsa.Documents;
using Karsa.Storage;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Region;

/// <summary>The masterplan book of any version of a region: DOCX and HTML here, the PDF as a job.</summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class BookModel(IOptions<KarsaWebOptions> options) : RegionVersionsPage(options)
{
    public Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken) => ShowAsync(region, cancellationToken);

    /// <summary>The book of <paramref name="version"/> in <paramref name="format"/> ("docx" or "html"), in the request's language.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string region, int version, string format, CancellationToken cancellationToken)
    {
        var kind = string.Equals(format, "html", StringComparison.Ordinal) ? BookFormat.Html : BookFormat.Docx;
        var book = await BookFiles.RenderAsync(Settings.Database, region, version, kind, Say.Language, cancellationToken).ConfigureAwait(false);
        return book.Succeeded ? BookDownload.Of(book.Value, kind) : PageErrors.Status(book.Error);
    }
}
