using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Planning.Scoring;

namespace Karsa.Planning.Formulation;

/// <summary>
/// Turns a masterplan (with optional adjustments) into a <see cref="PlanningProblem"/>. Scores become
/// integral weights: <c>Weight = round(score * ValueScale)</c> with <see cref="ValueScale"/> = 10,000, and
/// years of benefit are counted in thousandths (<see cref="BenefitYears"/>), so the objective is
/// integral; the problem's value scale is the product of both.
/// Running and existing services are fixed: one allowed start (the year the plan keeps them at), always
/// in, never quick wins, running to their stated end or the horizon's last year. A new programme
/// without a cost is left out (<see cref="PlanningItem.CostUnknown"/>).
/// </summary>
public static class ProblemBuilder
{
    /// <summary>Scores are multiplied by this to give integral weights.</summary>
    public const long ValueScale = 10_000;

    /// <summary>Prepares <paramref name="plan"/> for the optimizer.</summary>
    public static PreparedPlan Prepare(Masterplan plan, PlanAdjustments? adjustments = null, QuickWinPolicy? quickWins = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        adjustments ??= PlanAdjustments.None;
        var content = plan.Content;
        var first = content.Period.First;
        var last = adjustments.LastYear ?? content.Period.Last;
        var yearCount = Math.Max(1, last.Value - first.Value + 1);
        var ceilings = (adjustments.Ceilings ?? content.Ceilings).ToList();
        var sources = content.Programmes.SelectMany(p => p.Costs).Select(c => c.Source)
            .Concat(ceilings.Select(c => c.Source)).Distinct().Order().ToList();
        var weights = CriteriaWeights.Of(content, adjustments.Weights);
        var scores = content.Programmes.Select(p => PriorityScorer.Score(content, p, weights)).ToList();
        var agencies = content.Agencies.ToList();
        var agencyIndex = agencies.Select((a, i) => (a.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var programmeIndex = content.Programmes.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i);
        var groups = content.Programmes.Select(p => p.AlternativesGroup).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i, StringComparer.Ordinal);
        var forceIn = adjustments.ForceIn.ToHashSet();
        var forceOut = adjustments.ForceOut.ToHashSet();

        var horizonLast = new FiscalYear(first.Value + yearCount - 1);
        var benefit = BenefitYears.Tables(content.ValueModel, yearCount);
        var items = content.Programmes.Select((p, i) =>
        {
            var anchor = plan.CostAnchor(p);
            var underWay = p.DependsOn.Where(d => programmeIndex.ContainsKey(d.Programme) && content.Programmes[programmeIndex[d.Programme]].IsUnderWay).ToList();
            var earliest = underWay.Select(d => AfterFixed(plan, content.Programmes[programmeIndex[d.Programme]], d.LagYears) - first.Value)
                .Append(anchor.Value - first.Value).Max();
            var duration = p.IsUnderWay ? Math.Max(1, p.RunEnd(anchor, horizonLast) - anchor.Value + 1) : p.DurationYears ?? 1;
            var latest = p.IsUnderWay ? earliest : Math.Min((p.LatestStart?.Value ?? int.MaxValue / 2) - first.Value, yearCount - duration);
            var cost = new long[duration][];
            for (var offset = 0; offset < cost.Length; offset++)
            {
                cost[offset] = new long[sources.Count];
            }

            foreach (var (offset, source, amount) in p.Profile(anchor).Where(c => c.Offset >= 0 && c.Offset < duration))
            {
                cost[offset][sources.IndexOf(source)] += amount.Value;
            }

            var mandatory = p.Mandatory || forceIn.Contains(p.Code);
            return new PlanningItem
            {
                Code = p.Code.Value,
                Duration = duration,
                EarliestStart = earliest,
                LatestStart = latest,
                Cost = cost,
                Weight = (long)Math.Round(scores[i].Score * ValueScale),
                BenefitByEnd = p.BenefitLifeYears is { } life ? benefit(life) : null,
                Mandatory = (mandatory && p.CostKnown) || p.IsUnderWay,
                Excluded = forceOut.Contains(p.Code) || NeedsCostEstimate(p),
                CostUnknown = NeedsCostEstimate(p),
                Group = p.AlternativesGroup is { } g ? groups[g] : null,
                Agency = agencyIndex.TryGetValue(p.LeadAgency, out var a) ? a : null,
                Dimension = (int)p.Dimension,
                QuickWinCandidate = p.QuickWinCandidate && !p.IsUnderWay,
                Predecessors = p.IsUnderWay ? [] : [.. p.DependsOn.Where(d => programmeIndex.ContainsKey(d.Programme) && !underWay.Contains(d))
                    .Select(d => new Precedence(programmeIndex[d.Programme], d.LagYears))],
            };
        }).ToList();

        var problem = new PlanningProblem
        {
            FirstYear = first.Value,
            YearCount = yearCount,
            Sources = sources,
            FundingSources = content.FundingSources,
            Ceilings = CeilingGrid(ceilings, sources, first.Value, yearCount, content.Period.Last.Value),
            Items = items,
            Agencies = [.. agencies.Select(a => a.Code.Value)],
            AgencyCapacities = [.. agencies.Select(a => a.Capacity)],
            Dimensions = [.. Dimensions.All.Select(d => d.Name().English ?? d.ToString())],
            QuickWins = EffectivePolicy(content, quickWins),
            QuickWinYears = content.Terms.QuickWinYears,
            ValueScale = ValueScale * BenefitYears.Scale,
            BenefitByEnd = BenefitYears.ByEnd(content.ValueModel, yearCount),
        };
        return new PreparedPlan(plan, adjustments, problem, content.Programmes, scores, weights, ceilings);
    }

    /// <summary>
    /// The first year a programme depending on a fixed service under way may start: a fixed
    /// predecessor is a known start, not a precedence for the solver (an open-ended service is in
    /// place from its start and never "finishes").
    /// </summary>
    private static int AfterFixed(Masterplan plan, Programme predecessor, int lag) =>
        predecessor.SuccessorsFrom(plan.CostAnchor(predecessor).Value) + lag;

    /// <summary>
    /// True for a new programme not estimated yet (no duration, no cost): the planner cannot weigh it
    /// against the budget, so it stays out with the reason "needs a cost estimate" (even when mandatory)
    /// rather than being scheduled as if it cost Rp 0; its one-year run in the problem is never used.
    /// Running and existing services are kept where they are whatever their cost.
    /// </summary>
    private static bool NeedsCostEstimate(Programme programme) => !programme.IsUnderWay && !programme.CostKnown;

    /// <summary>
    /// Ceilings by year index and source. Years past the plan's last year (a longer horizon) repeat the
    /// ceilings of the plan's last year unless set explicitly.
    /// </summary>
    private static long?[,] CeilingGrid(List<BudgetCeiling> ceilings, List<FundingSource> sources, int firstYear, int yearCount, int planLastYear)
    {
        var grid = new long?[yearCount, sources.Count];
        var byKey = new Dictionary<(int, FundingSource), long>();
        foreach (var ceiling in ceilings)
        {
            byKey[(ceiling.Year.Value, ceiling.Source)] = ceiling.Amount.Value;
        }

        for (var t = 0; t < yearCount; t++)
        {
            var year = firstYear + t;
            for (var k = 0; k < sources.Count; k++)
            {
                if (byKey.TryGetValue((year, sources[k]), out var amount)
                    || (year > planLastYear && byKey.TryGetValue((planLastYear, sources[k]), out amount)))
                {
                    grid[t, k] = amount;
                }
            }
        }

        return grid;
    }

    /// <summary>
    /// The policy asked for; one quick win per dimension (the default) means per priority dimension
    /// when the plan names quick-win priority dimensions.
    /// </summary>
    private static QuickWinPolicy EffectivePolicy(Domain.Plans.MasterplanContent content, QuickWinPolicy? asked) =>
        (asked ?? QuickWinPolicy.PerDimension) is QuickWinPolicy.PerDimensionPolicy && content.QuickWinPriority.Count > 0
            ? QuickWinPolicy.InDimensions(content.QuickWinPriority)
            : asked ?? QuickWinPolicy.PerDimension;
}
