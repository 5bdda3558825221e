using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Domain.Regions;
using Karsa.Monitoring.Indicators;

namespace Karsa.Monitoring.Tests.Indicators;

/// <summary>Small indicators, targets and observations for the tests.</summary>
internal static class Plans
{
    public static Indicator Higher(decimal? baseline = 40, int baselineYear = 2024) =>
        new(new IndicatorCode("NET-1"), new LocalizedText("Akses internet rumah tangga"), "%", IndicatorFramework.Local, IndicatorDirection.HigherIsBetter,
            baseline: baseline is { } b ? new Measured<decimal>(b, new FiscalYear(baselineYear)) : null);

    public static Indicator Lower(decimal baseline = 20) =>
        new(new IndicatorCode("WST-1"), new LocalizedText("Sampah ke TPA"), "%", IndicatorFramework.Local, IndicatorDirection.LowerIsBetter,
            baseline: new Measured<decimal>(baseline, new FiscalYear(2024)));

    public static IndicatorTarget Target(Indicator indicator, int year, decimal value) => new(indicator.Code, new FiscalYear(year), value);

    public static IndicatorObservation Seen(Indicator indicator, string period, decimal value) =>
        new(indicator.Code, ObservationPeriod.Parse(period), value, "BPS Karanganyar");
}
