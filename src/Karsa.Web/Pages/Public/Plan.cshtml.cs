using Karsa.Application.Indicators;
using Karsa.Application.Portal;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Portal;

/// <summary>
/// A region's newest published plan for everyone: profile, vision and missions, progress, indicator status, latest evaluation,
/// programmes, quick wins, spending and the book. Never a draft.
/// </summary>
public sealed class PlanModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PublishedPlanPage(options)
{
    /// <summary>The published plan's indicator status, progress and latest published evaluation.</summary>
    public PublicMonitoring Monitoring { get; private set; } = null!;

    /// <summary>The published plan's indicator status; null when it cannot be read.</summary>
    public IndicatorDashboard? Indicators => Monitoring.Indicators;

    /// <inheritdoc />
    protected override async Task<IActionResult> ShowAsync(string region, CancellationToken cancellationToken)
    {
        var monitoring = await PublicMonitoringUseCases.OfAsync(Database, region, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken)
            .ConfigureAwait(false);
        if (!monitoring.Succeeded)
        {
            return PageErrors.Status(monitoring.Error);
        }

        Monitoring = monitoring.Value;
        return Page();
    }
}
