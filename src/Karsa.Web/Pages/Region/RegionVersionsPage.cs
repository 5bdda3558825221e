using Karsa.Application.Dashboards;
using Karsa.Storage;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Region;

/// <summary>A region page that lists the region's versions (versions, book, plan file); not found when the region has none.</summary>
public abstract class RegionVersionsPage(IOptions<KarsaWebOptions> options) : PageModel
{
    /// <summary>The settings (the database to pass to use cases).</summary>
    protected KarsaWebOptions Settings => options.Value;

    /// <summary>The region's code (the route's).</summary>
    public string Region { get; private set; } = "";

    /// <summary>Every version, newest first.</summary>
    public IReadOnlyList<PlanVersionSummary> Versions { get; private set; } = [];

    /// <summary>Loads the versions and shows the page.</summary>
    protected async Task<IActionResult> ShowAsync(string region, CancellationToken cancellationToken)
    {
        var versions = await DashboardUseCases.VersionsAsync(options.Value.Database, region, cancellationToken).ConfigureAwait(false);
        if (!versions.Succeeded)
        {
            return PageErrors.Status(versions.Error);
        }

        (Region, Versions) = (region, versions.Value);
        return Page();
    }
}
