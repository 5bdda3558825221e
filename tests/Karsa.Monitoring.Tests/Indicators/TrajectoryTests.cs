using Karsa.Monitoring.Indicators;
using static Karsa.Monitoring.Tests.Indicators.Plans;

namespace Karsa.Monitoring.Tests.Indicators;

public class TrajectoryTests
{
    // Baseline 40 at the end of 2024, targets 52 at the end of 2025 and 70 at the end of 2027.
    private static readonly Domain.Indicators.Indicator Net = Higher();
    private static readonly Trajectory Path = Trajectory.Of(Net, [Target(Net, 2025, 52), Target(Net, 2027, 70)]);

    [Theory]
    [InlineData("2025-Q2", 46)]      // 6 of 12 months from 40 to 52: 40 + 12 * 6 / 12
    [InlineData("2026", 61)]         // 12 of 24 months from 52 to 70: 52 + 18 * 12 / 24
    [InlineData("2026-03", 54.25)]   // 3 of 24 months: 52 + 18 * 3 / 24
    [InlineData("2025", 52)]         // a target year's end is the target
    [InlineData("2023", 40)]         // before the baseline: the baseline
    [InlineData("2029-Q1", 70)]      // after the last target: the last target
    [InlineData("2025-01..2025-09", 49)] // a range counts at its end, September: 40 + 12 * 9 / 12
    public void The_expected_value_is_the_straight_line_between_the_points_by_month(string period, double expected)
    {
        Assert.Equal((decimal)expected, Path.ExpectedAt(ObservationPeriod.Parse(period)));
    }

    [Fact]
    public void Points_are_the_baseline_then_the_targets_in_year_order_and_others_targets_are_ignored()
    {
        var other = Lower();
        var path = Trajectory.Of(Net, [Target(Net, 2027, 70), Target(other, 2026, 1), Target(Net, 2025, 52)]);

        Assert.Equal([(2024, 40m, true), (2025, 52m, false), (2027, 70m, false)], path.Points.Select(p => (p.Year.Value, p.Value, p.IsBaseline)));
        Assert.Equal(30m, path.PlannedChange); // 70 - 40
    }

    [Fact]
    public void A_target_in_the_baseline_year_replaces_the_baseline_and_no_point_means_no_expectation()
    {
        Assert.Equal([45m], Trajectory.Of(Net, [Target(Net, 2024, 45)]).Points.Select(p => p.Value));
        Assert.Null(Trajectory.Of(Higher(baseline: null), []).ExpectedAt(ObservationPeriod.Year(2025)));
    }
}
