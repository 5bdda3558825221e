using Karsa.Application.Indicators;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Portal;

/// <summary>
/// A region's newest published plan for everyone: profile, vision and missions, indicator status,
/// programmes, quick wins, spending and the book. Never a draft.
/// </summary>
public sealed class PlanModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PublishedPlanPage(options)
{
    /// <summary>The published plan's indicator status; null when it cannot be read.</summary>
    public IndicatorDashboard? Indicators { get; private set; }

    /// <inheritdoc />
    protected override async Task<IActionResult> ShowAsync(string region, CancellationToken cancellationToken)
    {
        var indicators = await IndicatorUseCases.DashboardAsync(Database, region, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        Indicators = indicators.Value;
        return Page();
    }
}
