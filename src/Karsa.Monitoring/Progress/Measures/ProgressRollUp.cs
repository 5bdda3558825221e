using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Progress.Reports;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>
/// Progress rolled up programme -> element -> dimension -> plan as of a fiscal year. A programme's
/// progress is that of its latest report up to the year (0 without one); a parent's is the weighted
/// mean of its children's, <c>sum(w * p) / sum(w)</c>, its weight the sum of theirs. Programmes the
/// adopted roadmap does not run, and those whose latest report says cancelled, are left out (listed in
/// <see cref="Excluded"/>). A parent whose children all weigh 0 (e.g. only zero-cost programmes) shows
/// their plain mean, but still weighs 0 above it. See docs/monitoring/progress.md.
/// </summary>
/// <param name="AsOf">The fiscal year.</param>
/// <param name="Rule">The weighting rule, to show with the result.</param>
/// <param name="Plan">The plan's node, holding dimensions, elements and programmes.</param>
/// <param name="Excluded">The programmes left out, in the plan's order.</param>
public sealed record ProgressRollUp(FiscalYear AsOf, ProgressWeighting Rule, ProgressNode Plan, ValueList<ExcludedProgramme> Excluded)
{
    /// <summary>Rolls up <paramref name="reports"/> as of <paramref name="asOf"/>; set weights naming no programme of the plan are KRS118 at <c>weights.CODE</c>.</summary>
    public static ProgressRollUp Compute(MonitoredPlan plan, ReportHistory reports, FiscalYear asOf, ProgressWeighting? weighting = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(reports);
        var rule = weighting ?? ProgressWeighting.ByPlannedCost;
        var unknown = rule.Weights.Keys.Where(code => !plan.Has(code)).Select(code => Problems.ProgressUnknownProgramme(code.Value).Under($"weights.{code}")).ToList();
        if (unknown.Count > 0)
        {
            throw new DomainException(unknown);
        }

        var excluded = new List<ExcludedProgramme>();
        var included = new List<(ProgrammePlan Programme, ProgressNode Leaf)>();
        foreach (var programme in plan.Programmes)
        {
            if (!programme.Scheduled)
            {
                excluded.Add(new ExcludedProgramme(programme.Code, Exclusion.Unscheduled));
            }
            else if (reports.Latest(programme.Code, asOf)?.Status.Meaning == ProgressMeaning.Cancelled)
            {
                excluded.Add(new ExcludedProgramme(programme.Code, Exclusion.Cancelled));
            }
            else
            {
                included.Add((programme, new ProgressNode(ProgressLevel.Programme, programme.Code.Value, reports.ProgressOf(programme.Code, asOf), rule.WeightOf(programme), 0m, [])));
            }
        }

        var dimensions = included
            .GroupBy(i => i.Programme.Dimension)
            .OrderBy(g => g.Key)
            .Select(d => Parent(ProgressLevel.Dimension, d.Key.Key(), d
                .GroupBy(i => i.Programme.Element)
                .Select(e => Parent(ProgressLevel.Element, e.Key.Value, e.Select(i => i.Leaf)))));
        var root = Parent(ProgressLevel.Plan, string.Empty, dimensions);
        return new ProgressRollUp(asOf, rule, WithShares(root, root.Weight), [.. excluded]);
    }

    /// <summary>A parent of <paramref name="children"/>: their summed weight and weighted mean progress (plain mean when they all weigh 0; 0 without children).</summary>
    private static ProgressNode Parent(ProgressLevel level, string key, IEnumerable<ProgressNode> children)
    {
        var nodes = children.ToList();
        var percent = WeightedMean.OrPlainMean([.. nodes.Select(n => (n.Weight, n.Percent))]);
        return new ProgressNode(level, key, percent, nodes.Sum(n => n.Weight), 0m, [.. nodes]);
    }

    private static ProgressNode WithShares(ProgressNode node, decimal total) => node with
    {
        Share = total > 0 ? node.Weight / total : 0m,
        Children = [.. node.Children.Select(c => WithShares(c, total))],
    };
}
