using Karsa.Documents.Text;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Roadmaps;

namespace Karsa.Documents.Charts;

/// <summary>
/// The charts of a plan, built once for every front door: the book draws them in its chapters, the
/// web app shows the same charts as inline SVG (<see cref="Svg"/>).
/// </summary>
public static class PlanCharts
{
    /// <summary>The readiness radar: one axis per dimension, one polygon per pillar (unassessed scores at the scale's minimum).</summary>
    public static RadarChart Readiness(MasterplanContent content, Language language)
    {
        ArgumentNullException.ThrowIfNull(content);
        var w = new Wording(language);
        var scale = content.ReadinessScale;
        return new RadarChart(w.T("Radar skor kesiapan per dimensi pada tiga pilar", "Radar of readiness scores per dimension on the three pillars"),
            [.. Dimensions.All.Select(w.Of)],
            [.. Enum.GetValues<Pillar>().Select(p => new ChartSeries<decimal>(w.Of(p), [.. Dimensions.All.Select(d => ScoreOf(content, d, p) ?? scale.Min)]))],
            scale.Min, scale.Max);
    }

    /// <summary>Spending per year stacked by funding source (named and ordered by <paramref name="fundingSources"/>, the plan's), with the sum of the capped sources' ceilings per year.</summary>
    public static StackedBarChart Spending(IReadOnlyList<YearSpending> spending, Language language, FundingSourceCatalog? fundingSources = null)
    {
        ArgumentNullException.ThrowIfNull(spending);
        var w = new Wording(language, fundingSources);
        var years = spending.Select(s => s.Year).Distinct().Order().ToList();
        var sources = spending.GroupBy(s => s.Source).Where(g => g.Any(s => s.Spent.Value > 0)).Select(g => g.Key).Order((fundingSources ?? FundingSourceCatalog.Defaults).Order).ToList();
        return new StackedBarChart(w.T("Belanja per tahun, bertumpuk menurut sumber dana, dengan garis pagu", "Spending per year stacked by funding source, with the ceiling marks"),
            [.. years.Select(y => y.ToString())],
            [.. sources.Select(s => new ChartSeries<long>(w.Of(s), [.. years.Select(y => spending.Where(x => x.Year == y && x.Source == s).Sum(x => x.Spent.Value))]))],
            [.. years.Select(y => CeilingOf(spending, y))],
            w.T("Pagu (sumber yang dibatasi)", "Ceiling (capped sources)"),
            w.T("Rupiah", "Rupiah"));
    }

    /// <summary>The Gantt rows of the programmes <paramref name="view"/> places in <paramref name="term"/>, by start, dimension and code.</summary>
    public static IReadOnlyList<GanttRow> GanttRows(Masterplan plan, RoadmapView view, Term term)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(view);
        return [.. plan.Programmes.Select(p => (Programme: p, Place: view.Of(p.Code)))
            .Where(x => x.Place.Scheduled && x.Place.Term == term)
            .OrderBy(x => x.Place.Start).ThenBy(x => x.Programme.Dimension).ThenBy(x => x.Programme.Code.Value, StringComparer.Ordinal)
            .Select(x => new GanttRow(x.Programme.Code.Value, x.Place.Start!.Value.Value, x.Place.End!.Value.Value, (int)term, x.Place.OpenEnded))];
    }

    /// <summary>The last year a Gantt of <paramref name="view"/> shows: the plan's last year, or a later end.</summary>
    public static int GanttLastYear(Masterplan plan, RoadmapView view)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(view);
        return Math.Max(plan.Period.Last.Value, view.Scheduled.Select(p => p.End!.Value.Value).DefaultIfEmpty(0).Max());
    }

    /// <summary>A Gantt chart of <paramref name="rows"/> (one term's, or part of them), titled with <paramref name="part"/> after the term.</summary>
    public static GanttChart Gantt(Masterplan plan, RoadmapView view, Term term, IReadOnlyList<GanttRow> rows, Language language, string part = "")
    {
        ArgumentNullException.ThrowIfNull(plan);
        var w = new Wording(language);
        return new GanttChart($"{w.T("Gantt program", "Gantt chart of programmes")} {w.Of(term)}{part}", rows, [.. Enum.GetValues<Term>().Select(w.Of)],
            plan.Period.First.Value, GanttLastYear(plan, view));
    }

    /// <summary>The chart as a standalone SVG element (texts escaped; presentation attributes only, no style attributes or scripts).</summary>
    public static string Svg(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return SvgCanvas.Render(chart);
    }

    /// <summary>The score of a dimension on a pillar, if assessed.</summary>
    public static decimal? ScoreOf(MasterplanContent content, Dimension dimension, Pillar pillar)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Readiness.FirstOrDefault(r => r.Dimension == dimension)?.Pillars.FirstOrDefault(p => p.Pillar == pillar)?.Score;
    }

    /// <summary>The sum of the ceilings of the capped sources in <paramref name="year"/>; null when none is capped.</summary>
    public static long? CeilingOf(IReadOnlyList<YearSpending> spending, FiscalYear year)
    {
        ArgumentNullException.ThrowIfNull(spending);
        var ceilings = spending.Where(s => s.Year == year && s.Ceiling is not null).ToList();
        return ceilings.Count == 0 ? null : ceilings.Sum(s => s.Ceiling!.Value.Value);
    }
}
