using Karsa.Application.Access;
using Karsa.Application.Calendar;
using Karsa.Application.Monitoring;
using Karsa.Web.Accounts;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Region;

/// <summary>"Kewajiban laporan": what the agency reporter's agency owes (a planner: any agency), period by period, soonest due first.</summary>
[Authorize(Policy = nameof(Permission.ReportProgress))]
public sealed class ObligationsModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>The region's code.</summary>
    public string Region { get; private set; } = "";

    /// <summary>What is owed; null when no progress data is available on this server.</summary>
    public Obligations? Owed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken)
    {
        Region = region;
        if (HttpContext.RequestServices.GetService<IProgressFacts>() is not { } facts)
        {
            return Page();
        }

        var owed = await ObligationUseCases.OwedAsync(options.Value.Database, CurrentUser.Actor(HttpContext), region, facts, clock, cancellationToken);
        if (!owed.Succeeded)
        {
            return PageErrors.Status(owed.Error);
        }

        (Region, Owed) = (owed.Value.Region, owed.Value);
        return Page();
    }
}
