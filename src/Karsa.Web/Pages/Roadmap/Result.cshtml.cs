using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Jobs;
using Karsa.Application.Roadmaps;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Roadmap;

/// <summary>
/// A finished roadmap: the Gantt by term, the reasons per programme left out (with "what would it
/// take?" on demand), the spend per year and source against the ceilings, and adoption into the draft
/// (planners; the draft's token travels in a hidden field, so a stale page gives a conflict, not a lost edit).
/// </summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class ResultModel(IOptions<KarsaWebOptions> options, IJobScheduler scheduler) : PageModel
{
    [FromRoute]
    public string Region { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public RoadmapJobView View { get; private set; } = null!;

    /// <summary>Why adopting did not happen, or that it did.</summary>
    public string? Notice { get; private set; }

    public bool Adopted { get; private set; }

    [BindProperty]
    public string Token { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostExplainAsync(string code, CancellationToken cancellationToken)
    {
        if (!HttpContext.May(Permission.RunPlanning) || !await LoadAsync(cancellationToken))
        {
            return Forbid();
        }

        var request = View.Job.Request with { Kind = JobKinds.Explain, Codes = [code ?? ""], Version = null };
        var submitted = await JobUseCases.SubmitAsync(request, User.Identity?.Name ?? "?", options.Value.Database, scheduler, cancellationToken);
        if (!submitted.Succeeded)
        {
            Notice = Say.T(submitted.Error.Message);
            return Page();
        }

        return Redirect($"/pekerjaan/{submitted.Value.Id}");
    }

    public async Task<IActionResult> OnPostAdoptAsync(CancellationToken cancellationToken)
    {
        if (!HttpContext.May(Permission.AdoptRoadmap))
        {
            return Forbid();
        }

        var adopted = await RoadmapAdoption.AdoptJobAsync(Region, Id, Token, options.Value.Database, User.Identity?.Name, cancellationToken);
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Adopted = adopted.Succeeded;
        Notice = adopted.Succeeded
            ? Say.T($"Peta jalan diadopsi ke draf versi {adopted.Value.Version}.", $"The roadmap was adopted into draft version {adopted.Value.Version}.")
            : Say.T(adopted.Error.Message) + (adopted.Error.Kind == FailureKind.Conflict
                ? Say.T(" Tidak ada yang diubah.", " Nothing was changed.")
                : string.Concat(adopted.Error.Diagnostics.Select(d => " " + Say.T(d.Message))));
        if (!adopted.Succeeded)
        {
            Response.StatusCode = adopted.Error.Kind == FailureKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = await RoadmapJobView.LoadAsync(Region, Id, options.Value.Database, cancellationToken);
        if (!loaded.Succeeded || loaded.Value.Roadmap is null)
        {
            return false;
        }

        View = loaded.Value;
        return true;
    }
}
