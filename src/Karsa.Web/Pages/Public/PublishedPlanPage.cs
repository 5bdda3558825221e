using Karsa.Application.Portal;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Portal;

/// <summary>
/// A public page of a region's newest published plan (never a draft): not found when the region has
/// published none. Anonymous visitors' pages are kept by <see cref="PublishedPageCache"/>.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublishedPageCache.Name)]
public abstract class PublishedPlanPage(IOptions<KarsaWebOptions> options) : PageModel
{
    /// <summary>The database to pass to use cases.</summary>
    protected string? Database => options.Value.Database;

    /// <summary>The published plan's overview.</summary>
    public PlanOverview Overview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken)
    {
        var result = await PortalUseCases.PublishedPlanAsync(Database, region, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PageErrors.Status(result.Error);
        }

        Overview = result.Value;
        return await ShowAsync(region, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Shows the page once the overview is loaded; a page that shows more loads it here.</summary>
    protected virtual Task<IActionResult> ShowAsync(string region, CancellationToken cancellationToken) => Task.FromResult<IActionResult>(Page());
}
