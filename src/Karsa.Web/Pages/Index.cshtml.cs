using Karsa.Application.Plans;
using Karsa.Domain.Plans;
using Karsa.Storage;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages;

/// <summary>The public home page: every region's newest published plan.</summary>
public sealed class IndexModel(IOptions<KarsaWebOptions> options) : PageModel
{
    public IReadOnlyList<PlanVersionSummary> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var list = await PlanFileUseCases.ListAsync(options.Value.Database, cancellationToken).ConfigureAwait(false);
        Regions = list.Succeeded
            ? [.. list.Value.Versions.Where(v => v.State == PlanState.Published).GroupBy(v => v.RegionCode).Select(g => g.MaxBy(v => v.Version)!)]
            : [];
    }
}
