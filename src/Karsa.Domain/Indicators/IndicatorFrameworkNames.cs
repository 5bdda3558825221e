using Karsa.Domain.Primitives;

namespace Karsa.Domain.Indicators;

/// <summary>The names of the indicator frameworks as people write them.</summary>
public static class IndicatorFrameworkNames
{
    /// <summary>The framework's name, e.g. "ISO 37120" or "Lokal" / "Local".</summary>
    public static LocalizedText Name(this IndicatorFramework framework) => framework switch
    {
        IndicatorFramework.Iso37120 => new("ISO 37120"),
        IndicatorFramework.Iso37120Edition2014 => new("ISO 37120:2014"),
        IndicatorFramework.Iso37122 => new("ISO 37122"),
        IndicatorFramework.Iso37123 => new("ISO 37123"),
        IndicatorFramework.U4ssc => new("KPI U4SSC", "U4SSC KPIs"),
        IndicatorFramework.Spbe => new("SPBE"),
        _ => new("Lokal", "Local"),
    };
}
