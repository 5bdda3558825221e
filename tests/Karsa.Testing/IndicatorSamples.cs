using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;

namespace Karsa.Testing;

/// <summary>Indicators with baselines and targets to add to a test plan.</summary>
public static class IndicatorSamples
{
    /// <summary>
    /// <paramref name="content"/> with local IND-1, household internet access (higher is better, baseline
    /// 40 % in 2024, targets 52 % in 2025 and 70 % in 2027: the worked example of docs/monitoring/indicators.md),
    /// and, when <paramref name="withUnemployment"/>, ISO 37120 5.1 as UNEMP (lower is better, baseline
    /// 6 % in 2024, target 4 % in 2028).
    /// </summary>
    public static MasterplanContent WithIndicators(MasterplanContent content, bool withUnemployment = false)
    {
        ArgumentNullException.ThrowIfNull(content);
        var internet = new Indicator(new IndicatorCode("IND-1"), new LocalizedText("Akses internet rumah tangga", "Household internet access"), "%",
            IndicatorFramework.Local, IndicatorDirection.HigherIsBetter, baseline: new Measured<decimal>(40m, new FiscalYear(2024)));
        var unemployment = new Indicator(new IndicatorCode("UNEMP"), new LocalizedText("Tingkat pengangguran", "Unemployment rate"), "%",
            IndicatorFramework.Iso37120, IndicatorDirection.LowerIsBetter, "5.1", baseline: new Measured<decimal>(6m, new FiscalYear(2024)));
        IndicatorTarget[] targets = [new(internet.Code, new FiscalYear(2025), 52m), new(internet.Code, new FiscalYear(2027), 70m)];
        return content with
        {
            Indicators = withUnemployment ? [internet, unemployment] : [internet],
            Targets = withUnemployment ? [.. targets, new IndicatorTarget(unemployment.Code, new FiscalYear(2028), 4m)] : [.. targets],
        };
    }
}
