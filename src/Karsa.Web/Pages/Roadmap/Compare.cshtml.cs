using Karsa.Application.Access;
using Karsa.Application.Roadmaps;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Roadmap;

/// <summary>Two scenarios (or a scenario and the plan's own ceilings) side by side: value, programmes scheduled and each programme's start.</summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class CompareModel(IOptions<KarsaWebOptions> options) : PageModel
{
    [FromRoute]
    public string Region { get; set; } = "";

    [FromRoute]
    public Guid Id { get; set; }

    public RoadmapJobView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var loaded = await RoadmapJobView.LoadAsync(Region, Id, options.Value.Database, cancellationToken);
        if (!loaded.Succeeded || loaded.Value.Comparison is null)
        {
            return NotFound();
        }

        View = loaded.Value;
        return Page();
    }
}
