using Karsa.Application.Access;
using Karsa.Application.Versions;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Region;

/// <summary>The readable difference between two versions of a region, section by section, in the user's language.</summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class CompareModel(IOptions<KarsaWebOptions> options) : PageModel
{
    /// <summary>The comparison.</summary>
    public VersionComparison Comparison { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string region, [FromQuery(Name = "lama")] int older, [FromQuery(Name = "baru")] int newer, CancellationToken cancellationToken)
    {
        var result = await CompareVersions.RunAsync(options.Value.Database, region, older, newer, null, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PageErrors.Status(result.Error);
        }

        Comparison = result.Value;
        return Page();
    }
}
