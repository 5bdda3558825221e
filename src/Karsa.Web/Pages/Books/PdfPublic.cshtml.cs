using Karsa.Application.Jobs;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Books;

/// <summary>
/// The published masterplan as PDF, for anyone: the file once it is made, else a page that says it is
/// being made (202) and refreshes itself. Only published versions; made once per content and language.
/// </summary>
[AllowAnonymous]
public sealed class PdfPublicModel(IOptions<KarsaWebOptions> options, IJobScheduler scheduler) : PageModel
{
    [FromRoute]
    public string Region { get; set; } = "";

    public PublishedPdf? Pdf { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var lang = Say.Language == Karsa.Domain.Primitives.Language.English ? "en" : "id";
        var found = await PublishedBookPdf.GetAsync(Region, lang, options.Value.Database, scheduler, cancellationToken);
        if (!found.Succeeded)
        {
            return NotFound();
        }

        Pdf = found.Value;
        if (Pdf.File is { } file)
        {
            return File(file, "application/pdf", $"{Region}-masterplan-v{Pdf.Job.Version}.pdf");
        }

        Response.StatusCode = Pdf.Job.State == JobStates.Failed ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status202Accepted;
        return Page();
    }
}
