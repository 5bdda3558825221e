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

    [Fact]
    public void The_WCCD_standing_counts_the_2014_edition_by_its_shipped_kinds_and_never_adds_the_2018_codes_to_it()
    {
        var catalogue = IndicatorCatalogue.Shipped.WithDefinitions([Iso("5.1", IndicatorKind.Core), Iso("5.4", IndicatorKind.Supporting)]);
        var only2018 = new[] { Observed("5.1", "2026"), Observed("5.4", "2026") };
        var both = only2018.Concat(
        [
            Observed2014("5.1", "2026"), Observed2014("12.1", "2026-Q2"), Observed2014("5.4", "2026"), Observed2014("13.2", "2026"), Observed2014("8.1", "2024"),
        ]).ToList();
        var endOf2026 = new DateOnly(2026, 12, 31);

        // Only 2018 codes: counted by the kinds the loaded definitions give, as before.
        Assert.Equal(new WccdStanding(1, 1, 0, WccdLevel.None), IndicatorBoard.Wccd(only2018, catalogue, endOf2026, StatusRule.Default));

        // With 2014 codes: 5.1 and 12.1 core, 5.4 and 13.2 supporting from the shipped list; 8.1 (2024) is stale; the 2018 codes are left out.
        Assert.Equal(new WccdStanding(2, 2, 0, WccdLevel.None), IndicatorBoard.Wccd(both, catalogue, endOf2026, StatusRule.Default));
    }

    private static RegionObservation Observed2014(string code, string period) =>
        new(Region, IndicatorFramework.Iso37120Edition2014, code, ObservationPeriod.Parse(period), 1m, "BPS");

    private static IndicatorDefinition Iso(string code, IndicatorKind kind) =>
        new(IndicatorFramework.Iso37120, code, new LocalizedText("Uji"), Kind: kind, Theme: code.Split('.')[0]);

    private static RegionObservation Observed(string code, string period) =>
        new(Region, IndicatorFramework.Iso37120, code, ObservationPeriod.Parse(period), 1m, "BPS");
}
