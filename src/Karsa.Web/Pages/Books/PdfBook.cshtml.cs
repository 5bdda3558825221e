using Karsa.Application.Access;
using Karsa.Application.Jobs;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Books;

/// <summary>The PDF book of any version of a region's plan, made by a job: ask for it, then download it from the job.</summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class PdfBookModel(IOptions<KarsaWebOptions> options, IJobScheduler scheduler) : PageModel
{
    [FromRoute]
    public string Region { get; set; } = "";

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public string Language { get; set; } = "id";

    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var request = new JobRequest { Kind = JobKinds.BookPdf, Region = Region, Version = Version, Language = Language };
        var submitted = await JobUseCases.SubmitAsync(request, User.Identity?.Name ?? "?", options.Value.Database, scheduler, cancellationToken);
        if (!submitted.Succeeded)
        {
            Problem = Say.T(submitted.Error.Message);
            return Page();
        }

        return Redirect($"/pekerjaan/{submitted.Value.Id}");
    }

    /// <summary>The PDF a finished book job of this region made.</summary>
    public async Task<IActionResult> OnGetUnduhAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await JobUseCases.ResultAsync(id, options.Value.Database, cancellationToken);
        return found.Succeeded && found.Value.Status.Region == Region && found.Value.File is { } file
            && JobUseCases.MayRead(ClaimsActor.Of(HttpContext), User.Identity?.Name, found.Value.Status)
            ? File(file, "application/pdf", $"{Region}-masterplan-v{found.Value.Status.Version}.pdf")
            : NotFound();
    }
}
