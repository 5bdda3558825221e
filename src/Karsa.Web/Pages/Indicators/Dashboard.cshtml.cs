using System.Globalization;
using Karsa.Application.Indicators;
using Karsa.Monitoring.Indicators;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Indicators;

/// <summary>
/// A region's indicator dashboard, for everyone: per indicator of the newest published plan its latest
/// value, baseline, target, status with the rule, trend chart, its last <see cref="RecentObservations"/>
/// observations and a CSV download of the whole series, source; the WCCD level. Indicators are shown
/// <see cref="PageSize"/> at a time, so a plan with many indicators and years of monthly data stays a light page.
/// </summary>
[AllowAnonymous]
public sealed class DashboardModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>Indicators per page.</summary>
    public const int PageSize = 20;

    /// <summary>Observations listed per indicator (the newest); the chart and the CSV download have them all.</summary>
    public const int RecentObservations = 12;

    /// <summary>The dashboard.</summary>
    public IndicatorDashboard Dashboard { get; private set; } = null!;

    /// <summary>How many indicators to skip.</summary>
    [BindProperty(SupportsGet = true, Name = "mulai")]
    public int Offset { get; set; }

    /// <summary>The indicators of this page, with their place in the plan's list.</summary>
    public IReadOnlyList<(IndicatorLine Line, int Index)> Shown { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var result = await IndicatorUseCases.DashboardAsync(options.Value.Database, region, today, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PageErrors.Status(result.Error);
        }

        Dashboard = result.Value;
        Offset = Math.Clamp(Offset, 0, Math.Max(0, Dashboard.Lines.Count - 1));
        Shown = [.. Dashboard.Lines.Select((line, index) => (line, index)).Skip(Offset).Take(PageSize)];
        return Page();
    }

    /// <summary>The link to the page starting at <paramref name="offset"/>.</summary>
    public string PageLink(int offset) => QueryLink.Of($"/publik/{Dashboard.Region}/indikator", ("mulai", offset == 0 ? null : offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The newest observations of <paramref name="line"/> that the page lists, oldest first.</summary>
    public static IEnumerable<TrendPoint> Recent(IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Trend.Observations.Skip(Math.Max(0, line.Trend.Observations.Count - RecentObservations));
    }

    /// <summary>Where the whole series of <paramref name="line"/> downloads as an observations CSV file.</summary>
    public string SeriesLink(IndicatorLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return QueryLink.Of($"/api/v1/public/regions/{Dashboard.Region}/observations", ("framework", FrameworkNames.Key(line.Framework)), ("code", line.FrameworkCode));
    }
}
