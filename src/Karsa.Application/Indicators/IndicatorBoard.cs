using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;
using Karsa.Storage.Monitoring;

namespace Karsa.Application.Indicators;

/// <summary>One indicator of the plan on the dashboard: where it stands, its trend and the figures behind them.</summary>
/// <param name="Indicator">The plan's indicator (name, unit, direction, baseline).</param>
/// <param name="Framework">The framework it is observed under.</param>
/// <param name="FrameworkCode">Its code in that framework (the plan's code for a local indicator).</param>
/// <param name="Standing">Its status on the dashboard's date, with the latest observation, the expected value and the shortfall.</param>
/// <param name="Trend">The observations and the trajectory, for the chart and its table.</param>
/// <param name="FinalTarget">The plan's target for the latest year; null without targets.</param>
public sealed record IndicatorLine(Indicator Indicator, IndicatorFramework Framework, string FrameworkCode, IndicatorStanding Standing, TrendSeries Trend,
    IndicatorTarget? FinalTarget);

/// <summary>How many of a plan's indicators are in each status.</summary>
/// <param name="OnTrack">On track.</param>
/// <param name="AtRisk">At risk.</param>
/// <param name="OffTrack">Off track.</param>
/// <param name="NotReported">Not reported by the date.</param>
/// <param name="Stale">Reported, but too long ago.</param>
/// <param name="NoTrajectory">Reported, without baseline or target.</param>
public sealed record IndicatorStatusCounts(int OnTrack, int AtRisk, int OffTrack, int NotReported, int Stale, int NoTrajectory)
{
    /// <summary>Every indicator counted.</summary>
    public int Total => OnTrack + AtRisk + OffTrack + NotReported + Stale + NoTrajectory;

    /// <summary>The counts of <paramref name="statuses"/>.</summary>
    public static IndicatorStatusCounts Of(IEnumerable<IndicatorStatus> statuses)
    {
        var list = statuses.ToList();
        int Count(IndicatorStatus status) => list.Count(s => s == status);
        return new(Count(IndicatorStatus.OnTrack), Count(IndicatorStatus.AtRisk), Count(IndicatorStatus.OffTrack),
            Count(IndicatorStatus.NotReported), Count(IndicatorStatus.Stale), Count(IndicatorStatus.NoTrajectory));
    }
}

/// <summary>
/// The region's ISO 37120 reporting against the World Council on City Data levels: core and supporting
/// indicators with a current (not stale) observation, counted by their kind in the catalogue.
/// </summary>
/// <param name="Core">Core indicators reported.</param>
/// <param name="Supporting">Supporting indicators reported.</param>
/// <param name="Unclassified">ISO 37120 codes reported whose kind the catalogue does not give (they do not count).</param>
/// <param name="Level">The level the counts reach.</param>
public sealed record WccdStanding(int Core, int Supporting, int Unclassified, WccdLevel Level);

/// <summary>A region's indicator dashboard on a date, for the indicators of its newest published plan.</summary>
/// <param name="Region">The region.</param>
/// <param name="RegionName">The region's name.</param>
/// <param name="Version">The published version whose indicators are shown.</param>
/// <param name="AsOf">The date the statuses are computed for.</param>
/// <param name="Rule">The status rule used (shown to users).</param>
/// <param name="Lines">One line per plan indicator, in plan order.</param>
/// <param name="Counts">The lines' statuses counted.</param>
/// <param name="Wccd">The WCCD level from every ISO 37120 indicator the region reports (in the plan or not).</param>
public sealed record IndicatorDashboard(RegionCode Region, string RegionName, int Version, DateOnly AsOf, StatusRule Rule, IReadOnlyList<IndicatorLine> Lines,
    IndicatorStatusCounts Counts, WccdStanding Wccd);

/// <summary>Builds the indicator dashboard from a plan and the region's stored observations (pure: no I/O).</summary>
public static class IndicatorBoard
{
    /// <summary>The dashboard of <paramref name="plan"/> (version <paramref name="version"/>) on <paramref name="asOf"/>.</summary>
    public static IndicatorDashboard Build(Masterplan plan, int version, IReadOnlyList<RegionObservation> observations, IndicatorCatalogue catalogue,
        DateOnly asOf, StatusRule rule)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(rule);
        var content = plan.Content;
        var byKey = observations.ToLookup(o => (o.Framework, o.Code));

        // One string per source name: a cached board holds thousands of observations naming a handful of sources.
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        string Source(string source) => sources.TryGetValue(source, out var shared) ? shared : sources[source] = source;
        var lines = content.Indicators.Select(indicator =>
        {
            var key = IndicatorKeys.Of(indicator);
            var own = byKey[key].Select(o => new IndicatorObservation(indicator.Code, o.Period, o.Value, Source(o.Source), o.EvidenceId)).ToList();
            var final = content.Targets.Where(t => t.Indicator == indicator.Code).OrderBy(t => t.Year).LastOrDefault();
            return new IndicatorLine(indicator, key.Framework, key.Code,
                IndicatorStanding.Evaluate(indicator, content.Targets, own, asOf, rule), TrendSeries.Of(indicator, content.Targets, own), final);
        }).ToList();
        return new IndicatorDashboard(content.Region.Code, content.Region.FullName, version, asOf, rule, lines,
            IndicatorStatusCounts.Of(lines.Select(l => l.Standing.Status)), Wccd(observations, catalogue, asOf, rule));
    }

    /// <summary>
    /// The WCCD standing: ISO 37120 codes with an observation whose period ended by <paramref name="asOf"/>
    /// and not more than the rule's stale age before it, counted by kind. The levels are defined on the
    /// 2014 edition, so its codes (<c>iso37120-2014</c>, kinds from the shipped list) are counted when the
    /// region reports any; a region that reports only the 2018 edition (<c>iso37120</c>) is counted by the
    /// kinds its loaded definitions give. The two editions are never added together (their numbers differ).
    /// </summary>
    public static WccdStanding Wccd(IEnumerable<RegionObservation> observations, IndicatorCatalogue catalogue, DateOnly asOf, StatusRule rule)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(rule);
        var now = (asOf.Year * 12) + asOf.Month;
        var current = observations
            .Where(o => o.Period.To <= asOf && now - ((o.Period.To.Year * 12) + o.Period.To.Month) <= rule.StaleAfterMonths)
            .ToList();
        var edition = current.Any(o => o.Framework == WccdCertification.EditionFramework) ? WccdCertification.EditionFramework : IndicatorFramework.Iso37120;
        var (core, supporting, unclassified) = WccdCertification.Count(catalogue, edition, current.Where(o => o.Framework == edition).Select(o => o.Code));
        return new WccdStanding(core, supporting, unclassified, WccdCertification.Level(core, supporting));
    }
}
