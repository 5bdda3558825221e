using Karsa.Domain.Diagnostics;
using Karsa.Monitoring.Indicators;
using static Karsa.Monitoring.Tests.Indicators.Plans;

namespace Karsa.Monitoring.Tests.Indicators;

public class StatusTests
{
    private static readonly DateOnly EndOf2026 = new(2026, 12, 31);

    // Higher is better: 40 (2024) -> 52 (2025) -> 70 (2027); expected at the end of 2026: 61; planned change 70 - 40 = 30.
    [Theory]
    [InlineData(65, IndicatorStatus.OnTrack, 0)]         // ahead
    [InlineData(58, IndicatorStatus.OnTrack, 0.1)]       // (61 - 58) / 30 = 0.1, the on-track bound itself
    [InlineData(57.97, IndicatorStatus.AtRisk, 0.101)]   // (61 - 57.97) / 30 = 3.03 / 30 = 0.101
    [InlineData(53.5, IndicatorStatus.AtRisk, 0.25)]     // (61 - 53.5) / 30 = 7.5 / 30 = 0.25, the at-risk bound itself
    [InlineData(53.47, IndicatorStatus.OffTrack, 0.251)] // 7.53 / 30 = 0.251
    public void A_higher_is_better_indicator_is_judged_by_its_shortfall_against_the_planned_change(double value, IndicatorStatus status, double shortfall)
    {
        var net = Higher();
        var standing = IndicatorStanding.Evaluate(net, [Target(net, 2025, 52), Target(net, 2027, 70)], [Seen(net, "2026", (decimal)value)], EndOf2026, StatusRule.Default);

        Assert.Equal(status, standing.Status);
        Assert.Equal(61m, standing.Expected);
        Assert.Equal((decimal)shortfall, standing.Shortfall);
    }

    // Lower is better: 20 (2024) -> 10 (2026); expected at the end of 2025: 20 - 10 * 12 / 24 = 15; planned change 10.
    [Theory]
    [InlineData(12, IndicatorStatus.OnTrack)]    // below the line is ahead
    [InlineData(16, IndicatorStatus.OnTrack)]    // (16 - 15) / 10 = 0.1
    [InlineData(16.01, IndicatorStatus.AtRisk)]  // 1.01 / 10 = 0.101
    [InlineData(17.5, IndicatorStatus.AtRisk)]   // 2.5 / 10 = 0.25
    [InlineData(17.51, IndicatorStatus.OffTrack)]
    public void A_lower_is_better_indicator_is_behind_when_above_the_line(double value, IndicatorStatus status)
    {
        var waste = Lower();
        var standing = IndicatorStanding.Evaluate(waste, [Target(waste, 2026, 10)], [Seen(waste, "2025", (decimal)value)], new DateOnly(2026, 1, 31), StatusRule.Default);

        Assert.Equal(15m, standing.Expected);
        Assert.Equal(status, standing.Status);
    }

    [Fact]
    public void The_latest_observation_counts_and_one_ending_after_the_date_is_not_yet_known()
    {
        var net = Higher();
        var seen = new[] { Seen(net, "2026-Q1", 30), Seen(net, "2026-Q3", 60), Seen(net, "2027-Q1", 10) };

        var standing = IndicatorStanding.Evaluate(net, [Target(net, 2025, 52), Target(net, 2027, 70)], seen, EndOf2026, StatusRule.Default);

        Assert.Equal(60m, standing.Latest!.Value);
        Assert.Equal(52m + (18m * 9 / 24), standing.Expected); // September 2026: 9 of 24 months from 52 to 70 = 58.75
        Assert.Equal(IndicatorStatus.OnTrack, standing.Status);
    }

    [Fact]
    public void No_observation_is_not_reported_and_no_baseline_or_target_is_no_trajectory()
    {
        var net = Higher();
        var bare = Higher(baseline: null);

        Assert.Equal(IndicatorStatus.NotReported, IndicatorStanding.Evaluate(net, [], [Seen(net, "2027", 1)], EndOf2026, StatusRule.Default).Status);
        Assert.Equal(IndicatorStatus.NoTrajectory, IndicatorStanding.Evaluate(bare, [], [Seen(bare, "2026", 1)], EndOf2026, StatusRule.Default).Status);
    }

    [Theory]
    [InlineData(2026, 12, 31, IndicatorStatus.OnTrack)] // December 2025 + 12 months = December 2026: 12 months old, allowed
    [InlineData(2027, 1, 1, IndicatorStatus.Stale)]     // January 2027: 13 months old
    public void An_observation_older_than_the_stale_age_is_stale(int year, int month, int day, IndicatorStatus status)
    {
        var net = Higher();

        var standing = IndicatorStanding.Evaluate(net, [Target(net, 2025, 52)], [Seen(net, "2025", 52)], new DateOnly(year, month, day), new StatusRule(staleAfterMonths: 12));

        Assert.Equal(status, standing.Status);
    }

    [Fact]
    public void A_flat_trajectory_measures_the_shortfall_against_the_expected_value()
    {
        var net = Higher(baseline: 5);

        var standing = IndicatorStanding.Evaluate(net, [Target(net, 2026, 5)], [Seen(net, "2025", 4)], EndOf2026, StatusRule.Default);

        Assert.Equal(0.2m, standing.Shortfall); // (5 - 4) / |5|
        Assert.Equal(IndicatorStatus.AtRisk, standing.Status);
    }

    [Theory]
    [InlineData(-0.01, 0.25, 12)]
    [InlineData(0.3, 0.25, 12)]
    [InlineData(0.1, 0.25, 0)]
    public void A_rule_with_reversed_tolerances_or_no_age_is_KRS124(double onTrack, double atRisk, int months)
    {
        var refused = Assert.Throws<DomainException>(() => new StatusRule((decimal)onTrack, (decimal)atRisk, months));

        Assert.Equal("KRS124", refused.Problems[0].Code);
    }
}
