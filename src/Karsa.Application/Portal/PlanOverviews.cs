using Karsa.Documents.Charts;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Roadmaps;
using Karsa.Storage;

namespace Karsa.Application.Portal;

/// <summary>
/// Builds <see cref="PlanOverview"/>s from stored versions, and keeps them: a version's content never
/// changes under its hash, so an overview is cached by (region, version, hash) and a read costs one
/// small query for the head of the version. The cache holds at most <see cref="Capacity"/> overviews.
/// </summary>
internal static class PlanOverviews
{
    /// <summary>The most overviews kept (a national installation's regions, twice).</summary>
    public const int Capacity = 1100;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Database, string Region, int Version, string Token), PlanOverview> Cache = new();

    /// <summary>The overview of <paramref name="head"/>'s version of <paramref name="region"/>, from the cache or loaded.</summary>
    public static async Task<PlanOverview> OfAsync(PlanStore store, RegionCode region, VersionHead head, CancellationToken cancellationToken)
    {
        var key = (store.Location.Display, region.Value, head.Version, head.Token);
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var stored = await store.LoadAsync(region, head.Version, cancellationToken).ConfigureAwait(false);
        var overview = Build(stored);
        if (Cache.Count >= Capacity)
        {
            Cache.Clear();
        }

        // A version loaded after the head was read may be newer (a draft replaced meanwhile): key it by what was loaded.
        Cache[(store.Location.Display, region.Value, overview.Version, overview.Token)] = overview;
        return overview;
    }

    /// <summary>The overview of a stored version.</summary>
    public static PlanOverview Build(StoredPlan stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var plan = stored.Plan;
        var view = plan.Content.Roadmap is { } adopted ? RoadmapView.Of(plan, adopted) : null;
        var agencies = plan.Content.Agencies.ToDictionary(a => a.Code, a => $"{a.Name} ({a.Code})");
        var lines = plan.Programmes
            .Select(p => new ProgrammeLine(p, view?.Of(p.Code), agencies.TryGetValue(p.LeadAgency, out var name) ? name : p.LeadAgency.Value))
            .OrderBy(l => l.Place?.Start is null ? 1 : 0).ThenBy(l => l.Place?.Start).ThenBy(l => l.Programme.Code.Value, StringComparer.Ordinal)
            .ToList();
        var terms = Enum.GetValues<Term>();
        var dimensions = Dimensions.All
            .Select(d => lines.Where(l => l.Programme.Dimension == d).ToList())
            .Where(group => group.Count > 0)
            .Select(group => new DimensionProgrammes(group[0].Programme.Dimension, group,
                [.. terms.Select(t => group.Count(l => l.Place?.Term == t))],
                group.Count(l => l.Place?.Scheduled != true),
                group.Aggregate(Rupiah.Zero, (sum, l) => sum + l.Programme.TotalCost)))
            .ToList();
        return new PlanOverview(stored.Summary.RegionCode, stored.Summary.Version, stored.Summary.State, stored.Summary.Token, plan, view, dimensions,
            [.. lines.Where(l => l.QuickWin)], view is null ? [] : SpendingOf(view),
            plan.Programmes.Aggregate(Rupiah.Zero, (sum, p) => sum + p.TotalCost));
    }

    /// <summary>The charts of <paramref name="overview"/> in <paramref name="language"/>, drawn by the book's chart code.</summary>
    public static OverviewCharts Draw(PlanOverview overview, Language language)
    {
        var plan = overview.Plan;
        var radar = plan.Content.Readiness.Count == 0 ? null : PlanCharts.Svg(PlanCharts.Readiness(plan.Content, language));
        if (overview.Roadmap is not { } view)
        {
            return new OverviewCharts(radar, null, []);
        }

        var gantts = Enum.GetValues<Term>()
            .Select(term => (Term: term, Rows: PlanCharts.GanttRows(plan, view, term)))
            .Where(x => x.Rows.Count > 0)
            .Select(x => (x.Term, PlanCharts.Svg(PlanCharts.Gantt(plan, view, x.Term, x.Rows, language))))
            .ToList();
        return new OverviewCharts(radar, view.Spending.Count == 0 ? null : PlanCharts.Svg(PlanCharts.Spending(view.Spending, language, view.FundingSources)), gantts);
    }

    private static List<SpendingYear> SpendingOf(RoadmapView view) =>
        [.. view.Spending.GroupBy(s => s.Year).OrderBy(g => g.Key).Select(g =>
        {
            var sources = g.OrderBy(s => s.Source).ToList();
            var capped = sources.Where(s => s.Ceiling is not null).ToList();
            var ceiling = capped.Count == 0 ? (Rupiah?)null : capped.Aggregate(Rupiah.Zero, (sum, s) => sum + s.Ceiling!.Value);
            var cappedSpent = capped.Aggregate(Rupiah.Zero, (sum, s) => sum + s.Spent);
            return new SpendingYear(g.Key, sources, sources.Aggregate(Rupiah.Zero, (sum, s) => sum + s.Spent), ceiling,
                ceiling is { Value: > 0 } c ? (decimal)cappedSpent.Value / c.Value : null);
        })];
}
