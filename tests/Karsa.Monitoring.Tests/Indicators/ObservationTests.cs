using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;

namespace Karsa.Monitoring.Tests.Indicators;

public class ObservationTests
{
    [Theory]
    [InlineData("2025", PeriodKind.Year, "2025-01-01", "2025-12-31")]
    [InlineData("2025-Q2", PeriodKind.Quarter, "2025-04-01", "2025-06-30")]
    [InlineData("2024-Q1", PeriodKind.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("2024-02", PeriodKind.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2025-01..2025-06", PeriodKind.Range, "2025-01-01", "2025-06-30")]
    [InlineData("2025-01-15..2025-03-31", PeriodKind.Range, "2025-01-15", "2025-03-31")]
    public void Periods_are_read_with_their_first_and_last_day(string text, PeriodKind kind, string from, string to)
    {
        var period = ObservationPeriod.Parse(text);

        Assert.Equal((kind, DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
            (period.Kind, period.From, period.To));
    }

    [Theory]
    [InlineData("2025-Q5", "KRS122")]
    [InlineData("2025-13", "KRS122")]
    [InlineData("2025-06..2025-01", "KRS122")]
    [InlineData("2025-02-30..2025-03-01", "KRS122")]
    [InlineData("dua ribu", "KRS122")]
    [InlineData("1900", "KRS012")]
    public void A_period_that_is_not_one_is_refused_at_the_period(string text, string code)
    {
        var refused = Assert.Throws<DomainException>(() => ObservationPeriod.Parse(text));

        Assert.Equal(code, refused.Problems[0].Code);
    }

    [Fact]
    public void Canonical_text_reads_back_to_the_same_period()
    {
        foreach (var text in new[] { "2025", "2025-Q3", "2025-11", "2025-01-15..2025-03-31" })
        {
            Assert.Equal(text, ObservationPeriod.Parse(text).ToString());
            Assert.Equal(ObservationPeriod.Parse(text), ObservationPeriod.Parse(ObservationPeriod.Parse(text).ToString()));
        }
    }

    [Theory]
    [InlineData(" ", null, "source")]
    [InlineData("BPS", " ", "evidence")]
    public void An_observation_needs_a_source_and_a_non_blank_evidence_id(string source, string? evidence, string path)
    {
        var refused = Assert.Throws<DomainException>(() => new IndicatorObservation(new IndicatorCode("NET-1"), ObservationPeriod.Year(2025), 1, source, evidence));

        Assert.Equal(("KRS007", path), (refused.Problems[0].Code, refused.Problems[0].Path));
    }

    [Fact]
    public void A_trend_series_holds_the_indicator_s_observations_in_time_order_and_its_trajectory()
    {
        var net = Plans.Higher();
        var other = Plans.Lower();
        var seen = new[] { Plans.Seen(net, "2026-Q1", 55), Plans.Seen(other, "2025", 3), Plans.Seen(net, "2025", 50) };

        var series = TrendSeries.Of(net, [Plans.Target(net, 2026, 60)], seen);

        Assert.Equal([(new DateOnly(2025, 12, 31), 50m), (new DateOnly(2026, 3, 31), 55m)], series.Observations.Select(p => (p.At, p.Value)));
        Assert.Equal([(new DateOnly(2024, 12, 31), 40m), (new DateOnly(2026, 12, 31), 60m)], series.Trajectory.Select(p => (p.At, p.Value)));
        Assert.Equal(("%", Domain.Indicators.IndicatorDirection.HigherIsBetter), (series.Unit, series.Direction));
    }
}
