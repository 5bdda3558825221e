using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Monitoring.Indicators;

namespace Karsa.Application.Indicators;

/// <summary>
/// How a plan's indicator is named in stored observations: by its framework and the framework's own
/// code (its reference, e.g. ISO 37120 "5.1"), or by the plan's code for a local indicator (or one
/// without a reference), so observations of one indicator line up across regions.
/// </summary>
public static class IndicatorKeys
{
    /// <summary>The (framework, code) that observations of <paramref name="indicator"/> are stored under.</summary>
    public static (IndicatorFramework Framework, string Code) Of(Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return indicator.Framework == IndicatorFramework.Local || indicator.FrameworkReference is null
            ? (indicator.Framework, indicator.Code.Value)
            : (indicator.Framework, indicator.FrameworkReference);
    }

    /// <summary>
    /// What a region may record observations of: every indicator of <paramref name="plan"/> and every
    /// indicator of <paramref name="catalogue"/>'s frameworks other than local.
    /// </summary>
    public static IReadOnlySet<(IndicatorFramework Framework, string Code)> Known(Masterplan? plan, IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var known = new HashSet<(IndicatorFramework, string)>();
        foreach (var entry in catalogue.Frameworks.Where(f => f.Framework != IndicatorFramework.Local).SelectMany(f => f.Entries))
        {
            known.Add((entry.Framework, entry.Code));
        }

        foreach (var indicator in plan?.Content.Indicators ?? [])
        {
            known.Add(Of(indicator));
        }

        return known;
    }
}
