using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>One observed value placed for a chart: its period, the day it is drawn at (the period's end) and its source.</summary>
public sealed record TrendPoint(ObservationPeriod Period, DateOnly At, decimal Value, string Source);

/// <summary>
/// What a page or a document needs to draw an indicator's trend: the observations in time order and
/// the trajectory's points (baseline and targets), with the indicator's name, unit and direction.
/// </summary>
public sealed record TrendSeries(IndicatorCode Indicator, LocalizedText Name, string Unit, IndicatorDirection Direction, ValueList<TrendPoint> Observations, ValueList<TrajectoryPoint> Trajectory)
{
    /// <summary>The series of <paramref name="indicator"/> from the plan's targets and the observations (others' are ignored).</summary>
    public static TrendSeries Of(Indicator indicator, IEnumerable<IndicatorTarget> targets, IEnumerable<IndicatorObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observations);
        var points = observations
            .Where(o => o.Indicator == indicator.Code)
            .OrderBy(o => o.Period.To).ThenBy(o => o.Period.From)
            .Select(o => new TrendPoint(o.Period, o.Period.To, o.Value, o.Source));
        return new(indicator.Code, indicator.Name, indicator.Unit, indicator.Direction, [.. points], Indicators.Trajectory.Of(indicator, targets).Points);
    }
}
