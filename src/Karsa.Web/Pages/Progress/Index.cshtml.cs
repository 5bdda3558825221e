using Karsa.Application.Access;
using Karsa.Application.Progress;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Progress;

/// <summary>
/// A region's progress for a fiscal year: bars per dimension, element and programme with the weighting
/// rule, and each programme's schedule state with its reason. An agency reporter sees their agency's programmes only.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class IndexModel(IOptions<KarsaWebOptions> options) : PageModel
{
    /// <summary>The overview shown.</summary>
    public ProgressOverview Overview { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string region, int? tahun, CancellationToken cancellationToken)
    {
        var result = await ProgressUseCases.OverviewAsync(options.Value.Database, ClaimsActor.Of(HttpContext), region, tahun ?? DateTime.UtcNow.Year, cancellationToken);
        if (!result.Succeeded)
        {
            return PageErrors.Status(result.Error);
        }

        Overview = result.Value;
        return Page();
    }
}
