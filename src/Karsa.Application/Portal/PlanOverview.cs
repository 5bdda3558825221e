using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Roadmaps;

namespace Karsa.Application.Portal;

/// <summary>One programme as an overview lists it: its facts and its place in the adopted roadmap (none when no roadmap is adopted or it is left out).</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Place">Its place in the adopted roadmap; null when the plan has no adopted roadmap.</param>
/// <param name="LeadAgency">The lead agency's name and code.</param>
public sealed record ProgrammeLine(Programme Programme, RoadmapPlace? Place, string LeadAgency)
{
    /// <summary>True when the adopted roadmap delivers it as a quick win.</summary>
    public bool QuickWin => Place?.QuickWin == true;
}

/// <summary>The programmes of one dimension, with how many fall in each term.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Programmes">Its programmes in the roadmap's order (by start, then code), unscheduled last.</param>
/// <param name="PerTerm">How many of them the adopted roadmap places in each term, in the order of <see cref="Term"/>.</param>
/// <param name="Unscheduled">How many it leaves out (all of them when no roadmap is adopted).</param>
/// <param name="TotalCost">The sum of their costs.</param>
public sealed record DimensionProgrammes(Dimension Dimension, IReadOnlyList<ProgrammeLine> Programmes, IReadOnlyList<int> PerTerm, int Unscheduled, Rupiah TotalCost);

/// <summary>One fiscal year of the adopted roadmap's spending: per source against its ceiling, and the year's totals.</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="Sources">Every source spent or capped that year, in source order.</param>
/// <param name="Spent">The year's spending over every source.</param>
/// <param name="Ceiling">The sum of the capped sources' ceilings; null when no source is capped.</param>
/// <param name="Used">Spending on capped sources over their ceilings (0.85 = 85 %); null without ceilings.</param>
public sealed record SpendingYear(FiscalYear Year, IReadOnlyList<YearSpending> Sources, Rupiah Spent, Rupiah? Ceiling, decimal? Used);

/// <summary>The overview's charts as inline SVG in one language.</summary>
/// <param name="Readiness">The readiness radar; null when the plan assesses no readiness.</param>
/// <param name="Spending">Spending per year by source against the ceilings; null without an adopted roadmap.</param>
/// <param name="Gantts">One Gantt per term that has programmes; empty without an adopted roadmap.</param>
public sealed record OverviewCharts(string? Readiness, string? Spending, IReadOnlyList<(Term Term, string Svg)> Gantts);

/// <summary>
/// What the public portal and the region dashboard show of one stored version: the plan itself (profile,
/// vision, missions), its programmes by dimension with their terms, the quick wins, spending per year
/// against the ceilings and the charts, all from the adopted roadmap (the domain's <see cref="RoadmapView"/>);
/// nothing is solved. Immutable: cached by region, version and content hash.
/// </summary>
/// <param name="Region">The region's code.</param>
/// <param name="Version">The version shown.</param>
/// <param name="State">Its state.</param>
/// <param name="Token">Its content hash (concurrency token, ETag).</param>
/// <param name="Plan">The plan.</param>
/// <param name="Roadmap">The adopted roadmap's view; null when none is adopted.</param>
/// <param name="Dimensions">Programmes by dimension, dimensions in their fixed order, those with programmes only.</param>
/// <param name="QuickWins">The adopted roadmap's quick wins.</param>
/// <param name="Spending">Spending per year; empty without an adopted roadmap.</param>
/// <param name="TotalCost">The cost of every programme.</param>
public sealed record PlanOverview(
    string Region, int Version, PlanState State, string Token, Masterplan Plan, RoadmapView? Roadmap,
    IReadOnlyList<DimensionProgrammes> Dimensions, IReadOnlyList<ProgrammeLine> QuickWins, IReadOnlyList<SpendingYear> Spending, Rupiah TotalCost)
{
    private readonly Dictionary<Language, OverviewCharts> _charts = [];

    /// <summary>True when the plan has an adopted roadmap.</summary>
    public bool HasRoadmap => Roadmap is not null;

    /// <summary>The charts in <paramref name="language"/>, drawn once per language.</summary>
    public OverviewCharts Charts(Language language)
    {
        lock (_charts)
        {
            if (!_charts.TryGetValue(language, out var charts))
            {
                charts = PlanOverviews.Draw(this, language);
                _charts[language] = charts;
            }

            return charts;
        }
    }
}
