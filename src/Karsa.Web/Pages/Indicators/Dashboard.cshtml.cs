using Karsa.Application.Indicators;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Indicators;

/// <summary>
/// A region's indicator dashboard, for everyone: per indicator of the newest published plan its latest
/// value, baseline, target, status with the rule, trend chart and table, source; the WCCD level.
/// </summary>
[AllowAnonymous]
public sealed class DashboardModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>The dashboard.</summary>
    public IndicatorDashboard Dashboard { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var result = await IndicatorUseCases.DashboardAsync(options.Value.Database, region, today, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PageErrors.Status(result.Error);
        }

        Dashboard = result.Value;
        return Page();
    }
}
