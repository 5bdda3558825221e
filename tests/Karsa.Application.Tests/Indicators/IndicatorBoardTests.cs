using Karsa.Application.Indicators;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;
using Karsa.Storage.Monitoring;

namespace Karsa.Application.Tests.Indicators;

public sealed class IndicatorBoardTests
{
    private static readonly RegionCode Region = new("33.13");

    [Fact]
    public void The_WCCD_standing_counts_current_ISO_37120_codes_once_by_their_kind_and_leaves_stale_and_unknown_ones_out()
    {
        var catalogue = IndicatorCatalogue.Shipped.WithDefinitions(
        [
            Iso("5.1", IndicatorKind.Core), Iso("5.2", IndicatorKind.Supporting), Iso("5.3", IndicatorKind.Profile),
        ]);
        var observations = new[]
        {
            Observed("5.1", "2026"), Observed("5.1", "2026-06"), Observed("5.2", "2026-Q1"), Observed("5.3", "2026"),
            Observed("6.1", "2026"), Observed("5.4", "2024"),
        };

        var wccd = IndicatorBoard.Wccd(observations, catalogue, new DateOnly(2026, 12, 31), StatusRule.Default);

        // 5.1 core (twice, counted once), 5.2 supporting; 5.3 is a profile indicator (not counted); 6.1 has no kind (unclassified); 5.4 is from 2024 (stale).
        Assert.Equal(new WccdStanding(1, 1, 1, WccdLevel.None), wccd);
    }

    private static IndicatorDefinition Iso(string code, IndicatorKind kind) =>
        new(IndicatorFramework.Iso37120, code, new LocalizedText("Uji"), Kind: kind, Theme: code.Split('.')[0]);

    private static RegionObservation Observed(string code, string period) =>
        new(Region, IndicatorFramework.Iso37120, code, ObservationPeriod.Parse(period), 1m, "BPS");
}
