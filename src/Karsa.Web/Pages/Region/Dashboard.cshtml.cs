using Karsa.Application.Access;
using Karsa.Application.Dashboards;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Region;

/// <summary>The region dashboard: the newest version (a draft included) by dimension and term, spending against the ceilings, quick wins, readiness.</summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class DashboardModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>The dashboard.</summary>
    public RegionDashboard Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken)
    {
        var result = await DashboardUseCases.RegionAsync(options.Value.Database, region, null,
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PageErrors.Status(result.Error);
        }

        Dashboard = result.Value;
        return Page();
    }
}
