using Karsa.Application.Access;
using Karsa.Application.Jobs;
using Karsa.Application.Roadmaps;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Roadmap;

/// <summary>A region's roadmap workspace: run the optimizer, compare two scenarios, and the recent jobs.</summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class IndexModel(IOptions<KarsaWebOptions> options, IJobScheduler scheduler) : PageModel
{
    [FromRoute]
    public string Region { get; set; } = "";

    public RoadmapWorkspace? Workspace { get; private set; }

    public string? Problem { get; private set; }

    [BindProperty]
    public string? Scenario { get; set; }

    [BindProperty]
    public int TimeLimitSeconds { get; set; } = 10;

    [BindProperty]
    public string Strategy { get; set; } = "optimal";

    [BindProperty]
    public string? First { get; set; }

    [BindProperty]
    public string? Second { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostSolveAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new JobRequest { Kind = JobKinds.Roadmap, Region = Region, Scenario = Scenario, TimeLimitSeconds = TimeLimitSeconds, Strategy = Strategy }, cancellationToken);

    public Task<IActionResult> OnPostCompareAsync(CancellationToken cancellationToken) =>
        SubmitAsync(new JobRequest { Kind = JobKinds.Compare, Region = Region, Scenario = First, OtherScenario = Second, TimeLimitSeconds = TimeLimitSeconds }, cancellationToken);

    private async Task<IActionResult> SubmitAsync(JobRequest request, CancellationToken cancellationToken)
    {
        if (!HttpContext.May(Permission.RunPlanning))
        {
            return Forbid();
        }

        if (TimeLimitSeconds is < 1 or > 600)
        {
            ModelState.AddModelError(nameof(TimeLimitSeconds), Localization.Say.T("Batas waktu harus antara 1 dan 600 detik.", "The time limit must be between 1 and 600 seconds."));
            return await LoadAsync(cancellationToken);
        }

        var submitted = await JobUseCases.SubmitAsync(request, User.Identity?.Name ?? "?", options.Value.Database, scheduler, cancellationToken);
        if (!submitted.Succeeded)
        {
            Problem = Localization.Say.T(submitted.Error.Message);
            return await LoadAsync(cancellationToken);
        }

        return Redirect($"/pekerjaan/{submitted.Value.Id}");
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        var loaded = await RoadmapWorkspace.LoadAsync(Region, options.Value.Database, cancellationToken);
        if (!loaded.Succeeded)
        {
            return NotFound();
        }

        Workspace = loaded.Value;
        return Page();
    }
}
