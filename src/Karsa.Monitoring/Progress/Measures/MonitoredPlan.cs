using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>
/// A plan as progress is measured against it: its region and version and every programme's adopted
/// run and planned spending, taken from the domain's <see cref="RoadmapView"/> (runs) and
/// <see cref="RoadmapView.PlannedSpending"/> (money), never derived again here.
/// </summary>
public sealed class MonitoredPlan
{
    private readonly Dictionary<ProgrammeCode, ProgrammePlan> _byCode;

    private MonitoredPlan(RegionCode region, int version, IReadOnlyList<ProgrammePlan> programmes)
    {
        (Region, Version, Programmes) = (region, version, programmes);
        _byCode = programmes.ToDictionary(p => p.Code);
    }

    /// <summary>The plan's region.</summary>
    public RegionCode Region { get; }

    /// <summary>The plan's version number.</summary>
    public int Version { get; }

    /// <summary>Every programme of the plan, in its order.</summary>
    public IReadOnlyList<ProgrammePlan> Programmes { get; }

    /// <summary>The plan of <paramref name="plan"/>'s adopted roadmap; KRS119 at <c>roadmap</c> when it has none.</summary>
    public static MonitoredPlan Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var roadmap = plan.Content.Roadmap ?? throw new DomainException(Problems.ProgressNeedsRoadmap().Under(RoadmapRules.Path));
        var view = RoadmapView.Of(plan, roadmap);
        var programmes = plan.Programmes.Select(p =>
        {
            var place = view.Of(p.Code);
            var planned = place.Start is { } start
                ? RoadmapView.PlannedSpending(p, plan.Period, start).ToDictionary(e => (e.Key.Year, e.Key.Source.Key), e => e.Value)
                : [];
            return new ProgrammePlan(p.Code, p.Dimension, p.Element, place.Start, place.End, planned);
        }).ToList();
        return new MonitoredPlan(plan.Content.Region.Code, plan.Content.Version, programmes);
    }

    /// <summary>True when the plan has a programme <paramref name="code"/>.</summary>
    public bool Has(ProgrammeCode code) => _byCode.ContainsKey(code);

    /// <summary>The programme <paramref name="code"/>.</summary>
    public ProgrammePlan Programme(ProgrammeCode code) => _byCode[code];
}
