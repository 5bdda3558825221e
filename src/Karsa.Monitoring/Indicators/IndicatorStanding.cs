using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>
/// An indicator's status on a date, with what it was computed from: the latest observation, the value
/// the trajectory expects at the end of its period and the shortfall (0 when at or ahead).
/// </summary>
public sealed record IndicatorStanding(IndicatorCode Indicator, IndicatorStatus Status, IndicatorObservation? Latest, decimal? Expected, decimal? Shortfall)
{
    /// <summary>
    /// The status of <paramref name="indicator"/> on <paramref name="asOf"/> (see docs/monitoring/indicators.md):
    /// not reported without an observation whose period ended by then; stale when the latest is older than
    /// the rule allows; no trajectory without baseline and targets; else the shortfall against the trajectory.
    /// </summary>
    public static IndicatorStanding Evaluate(Indicator indicator, IEnumerable<IndicatorTarget> targets, IEnumerable<IndicatorObservation> observations, DateOnly asOf, StatusRule rule)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(rule);
        var latest = observations
            .Where(o => o.Indicator == indicator.Code && o.Period.To <= asOf)
            .OrderBy(o => o.Period.To).ThenBy(o => o.Period.From)
            .LastOrDefault();
        if (latest is null)
        {
            return new(indicator.Code, IndicatorStatus.NotReported, null, null, null);
        }

        if (Trajectory.MonthIndex(asOf) - Trajectory.MonthIndex(latest.Period.To) > rule.StaleAfterMonths)
        {
            return new(indicator.Code, IndicatorStatus.Stale, latest, null, null);
        }

        var trajectory = Trajectory.Of(indicator, targets);
        if (trajectory.ExpectedAt(latest.Period) is not { } expected)
        {
            return new(indicator.Code, IndicatorStatus.NoTrajectory, latest, null, null);
        }

        var behind = indicator.Direction == IndicatorDirection.HigherIsBetter ? expected - latest.Value : latest.Value - expected;
        if (behind <= 0)
        {
            return new(indicator.Code, IndicatorStatus.OnTrack, latest, expected, 0);
        }

        var scale = trajectory.PlannedChange > 0 ? trajectory.PlannedChange : Math.Abs(expected);
        if (scale == 0)
        {
            return new(indicator.Code, IndicatorStatus.OffTrack, latest, expected, null);
        }

        var shortfall = behind / scale;
        var status = shortfall <= rule.OnTrackTolerance ? IndicatorStatus.OnTrack
            : shortfall <= rule.AtRiskTolerance ? IndicatorStatus.AtRisk
            : IndicatorStatus.OffTrack;
        return new(indicator.Code, status, latest, expected, shortfall);
    }
}
