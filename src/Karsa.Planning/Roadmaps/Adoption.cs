using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;

namespace Karsa.Planning.Roadmaps;

/// <summary>Turns a planned roadmap into the plan's adopted roadmap (what <c>karsa roadmap --adopt</c> stores).</summary>
public static class Adoption
{
    /// <summary>
    /// The adopted form of <paramref name="roadmap"/>: every programme's start (or "not scheduled"), its
    /// quick wins, the scenario it was planned under and its value and bound, rounded to 4 decimals as
    /// the roadmap reports them.
    /// </summary>
    public static AdoptedRoadmap Adopt(this Roadmap roadmap, string? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        return new AdoptedRoadmap(
            roadmap.View.Programmes.Select(p => new AdoptedStart(p.Code, p.Start)).ToValueList(),
            roadmap.View.Programmes.Where(p => p.QuickWin).Select(p => p.Code).ToValueList(),
            scenario,
            Round(roadmap.Objective),
            roadmap.Bound is { } bound ? Math.Max(Round(bound), Round(roadmap.Objective)) : null);
    }

    private static decimal Round(double value) => Math.Round((decimal)value, 4);
}
