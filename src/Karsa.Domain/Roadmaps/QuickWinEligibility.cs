using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Roadmaps;

/// <summary>
/// The quick-win rule in the plan's terms. A quick-win candidate is eligible when its start window and
/// its predecessors (each started as early as its own window and chain allow, then run to the end,
/// plus lag) let it start within the quick-win years, and its run fits every ceiling on its own at
/// such a start. Each required dimension (the plan's quick-win priority dimensions, or every
/// dimension when it names none) that has an eligible candidate needs one quick win. The planner
/// states the same rule for the solver; a property test keeps the two in step.
/// </summary>
public static class QuickWinEligibility
{
    /// <summary>The dimensions that need a quick win: the plan's priority dimensions, or all six.</summary>
    public static IReadOnlyList<Dimension> RequiredDimensions(MasterplanContent plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.QuickWinPriority.Count > 0 ? [.. plan.QuickWinPriority.Distinct().Order()] : Dimensions.All;
    }

    /// <summary>The eligible candidates of <paramref name="plan"/>, in plan order.</summary>
    public static IReadOnlyList<Programme> Eligible(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Eligible(new PlanFacts(plan.Content));
    }

    /// <summary>
    /// The earliest year each programme can start given its window and its chain of predecessors,
    /// budgets aside; programmes that cannot start at all (or whose chain pushes them past their
    /// window) are absent.
    /// </summary>
    public static IReadOnlyDictionary<ProgrammeCode, FiscalYear> EarliestPossibleStarts(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return EarliestPossibleStarts(new PlanFacts(plan.Content));
    }

    internal static IReadOnlyList<Programme> Eligible(PlanFacts plan)
    {
        var earliest = EarliestPossibleStarts(plan);
        var ceilings = RoadmapView.CeilingsOf(plan.Content);
        var lastQuickWinYear = plan.Period.First.Plus(plan.Content.Terms.QuickWinYears - 1);
        return [.. plan.Programmes.Where(p => p.QuickWinCandidate
            && earliest.TryGetValue(p.Code, out var from)
            && Enumerable.Range(from.Value, Math.Max(0, Math.Min(plan.StartWindow(p).Latest.Value, lastQuickWinYear.Value) - from.Value + 1))
                .Any(year => FitsAlone(plan, p, new FiscalYear(year), ceilings)))];
    }

    private static Dictionary<ProgrammeCode, FiscalYear> EarliestPossibleStarts(PlanFacts plan)
    {
        var memo = new Dictionary<ProgrammeCode, FiscalYear?>();
        var visiting = new HashSet<ProgrammeCode>();
        FiscalYear? Resolve(Programme programme)
        {
            if (memo.TryGetValue(programme.Code, out var known))
            {
                return known;
            }

            if (!visiting.Add(programme.Code))
            {
                return null;
            }

            var (from, latest) = plan.StartWindow(programme);
            FiscalYear? earliest = from <= latest ? from : null;
            foreach (var dependency in programme.DependsOn)
            {
                var predecessor = plan.Programme(dependency.Programme);
                earliest = earliest is { } e && Resolve(predecessor) is { } p
                    ? new FiscalYear(Math.Max(e.Value, predecessor.SuccessorsFrom(p.Value) + dependency.LagYears))
                    : null;
            }

            memo[programme.Code] = earliest is { } s && s <= latest ? s : null;
            return memo[programme.Code];
        }

        return plan.Programmes.Select(p => (p.Code, Start: Resolve(p)))
            .Where(x => x.Start is not null).ToDictionary(x => x.Code, x => x.Start!.Value);
    }

    private static bool FitsAlone(PlanFacts plan, Programme programme, FiscalYear start,
        IReadOnlyDictionary<(FiscalYear Year, FundingSource Source), Rupiah> ceilings) =>
        programme.Profile(plan.CostAnchor(programme))
            .GroupBy(c => (Year: start.Plus(c.Offset), c.Source))
            .All(g => !ceilings.TryGetValue(g.Key, out var cap) || g.Aggregate(Rupiah.Zero, (sum, c) => sum + c.Amount) <= cap);
}
