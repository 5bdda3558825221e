using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>A point of a target trajectory: the baseline or a yearly target, reached at the end of its year.</summary>
public sealed record TrajectoryPoint(FiscalYear Year, decimal Value, bool IsBaseline)
{
    /// <summary>The day the value is due: the last day of the year.</summary>
    public DateOnly At => new(Year.Value, 12, 31);
}

/// <summary>
/// The path an indicator should follow: from its baseline through the plan's yearly targets, each
/// value due at the end of its year, straight lines in between (by month). Before the first point the
/// first value is expected, after the last the last. A target in the baseline's year replaces it.
/// </summary>
public sealed class Trajectory
{
    private Trajectory(ValueList<TrajectoryPoint> points) => Points = points;

    /// <summary>The points in year order.</summary>
    public ValueList<TrajectoryPoint> Points { get; }

    /// <summary>The trajectory of <paramref name="indicator"/> from its baseline and those of <paramref name="targets"/> that are its own.</summary>
    public static Trajectory Of(Indicator indicator, IEnumerable<IndicatorTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(targets);
        var own = targets.Where(t => t.Indicator == indicator.Code).Select(t => new TrajectoryPoint(t.Year, t.Value, false)).ToList();
        if (indicator.Baseline is { } baseline && own.TrueForAll(t => t.Year != baseline.Year))
        {
            own.Add(new TrajectoryPoint(baseline.Year, baseline.Value, true));
        }

        return new Trajectory([.. own.OrderBy(p => p.Year)]);
    }

    /// <summary>The expected value at the end of <paramref name="period"/>, or null without any point.</summary>
    public decimal? ExpectedAt(ObservationPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (Points.Count == 0)
        {
            return null;
        }

        var month = MonthIndex(period.To);
        var first = Points[0];
        if (month <= YearEnd(first))
        {
            return first.Value;
        }

        for (var i = 1; i < Points.Count; i++)
        {
            var (from, to) = (Points[i - 1], Points[i]);
            if (month <= YearEnd(to))
            {
                decimal elapsed = month - YearEnd(from);
                decimal span = YearEnd(to) - YearEnd(from);
                return from.Value + ((to.Value - from.Value) * elapsed / span);
            }
        }

        return Points[^1].Value;
    }

    /// <summary>The planned change from the first point to the last, as a non-negative size.</summary>
    public decimal PlannedChange => Points.Count == 0 ? 0 : Math.Abs(Points[^1].Value - Points[0].Value);

    /// <summary>Months since year 0 of the month <paramref name="day"/> falls in (January 2025 = 2025 * 12 + 1).</summary>
    internal static int MonthIndex(DateOnly day) => (day.Year * 12) + day.Month;

    private static int YearEnd(TrajectoryPoint point) => (point.Year.Value * 12) + 12;
}
