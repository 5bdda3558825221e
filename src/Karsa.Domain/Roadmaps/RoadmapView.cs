using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Roadmaps;

/// <summary>
/// One programme's place in a roadmap. Invariant: a scheduled programme has a start, an end not before
/// it and a term; one left out has none of them and is no quick win.
/// </summary>
public sealed record RoadmapPlace
{
    /// <summary>Creates a place, checking the invariant.</summary>
    public RoadmapPlace(ProgrammeCode code, FiscalYear? start, FiscalYear? end, Term? term, bool quickWin)
    {
        var complete = start is not null && end is not null && term is not null && end >= start;
        var empty = start is null && end is null && term is null && !quickWin;
        if (!complete && !empty)
        {
            throw new ArgumentException($"Inconsistent roadmap place for {code}: {start}-{end} {term} quick win {quickWin}.", nameof(start));
        }

        (Code, Start, End, Term, QuickWin) = (code, start, end, term, quickWin);
    }

    /// <summary>The programme.</summary>
    public ProgrammeCode Code { get; }

    /// <summary>First fiscal year it runs; null when it is left out.</summary>
    public FiscalYear? Start { get; }

    /// <summary>Last fiscal year it runs; null when it is left out.</summary>
    public FiscalYear? End { get; }

    /// <summary>The term it falls in; null when it is left out.</summary>
    public Term? Term { get; }

    /// <summary>True when it is delivered as a quick win.</summary>
    public bool QuickWin { get; }

    /// <summary>True when the roadmap runs it.</summary>
    public bool Scheduled => Start is not null;

    /// <summary>
    /// True when it has no end year of its own: a scheduled programme without a duration (a service under
    /// way without an end, or new work not estimated yet), whose <see cref="End"/> is only the horizon's
    /// last year. Never true for a programme left out.
    /// </summary>
    public bool OpenEnded
    {
        get;
        init
        {
            if (value && !Scheduled)
            {
                throw new ArgumentException($"{Code} is left out, so it cannot be open-ended.", nameof(value));
            }

            field = value;
        }
    }
}

/// <summary>Spending from one source in one year against its ceiling (null ceiling: not capped).</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="Source">The funding source.</param>
/// <param name="Spent">What the roadmap spends.</param>
/// <param name="Ceiling">The ceiling; null when the source is not capped that year.</param>
public sealed record YearSpending(FiscalYear Year, FundingSource Source, Rupiah Spent, Rupiah? Ceiling);

/// <summary>
/// What a roadmap means in the plan's terms: every programme's start, end and term, and the spending
/// per year and source against the ceilings. Computed once here, from the planner's schedule or from an
/// adopted roadmap, and used as it is by the planner's output, the book and the exports.
/// </summary>
/// <param name="Programmes">One place per programme, in the plan's order.</param>
/// <param name="Spending">Per year of the horizon, every source that is capped or spent that year, by year then source (in the plan's order of sources).</param>
/// <param name="FundingSources">The plan's funding sources, which name the sources of <paramref name="Spending"/>.</param>
public sealed record RoadmapView(IReadOnlyList<RoadmapPlace> Programmes, IReadOnlyList<YearSpending> Spending, FundingSourceCatalog FundingSources)
{
    /// <summary>The view of <paramref name="plan"/>'s adopted roadmap.</summary>
    public static RoadmapView Of(Masterplan plan, AdoptedRoadmap roadmap)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(roadmap);
        return Of(plan, roadmap.Starts, roadmap.QuickWins.ToHashSet());
    }

    /// <summary>
    /// The view of a schedule: the start of each scheduled programme (those absent are left out) and
    /// the quick wins. Ends are start + duration - 1 (the horizon's last year for a service under way without a duration, which is
    /// <see cref="RoadmapPlace.OpenEnded"/>); terms follow the plan's term boundaries counted
    /// from its first year; spending is each cost profile shifted to its start. The ceilings are the
    /// plan's unless given (a scenario's), the horizon the plan period unless given.
    /// </summary>
    public static RoadmapView Of(Masterplan plan, IReadOnlyDictionary<ProgrammeCode, FiscalYear> starts, IReadOnlySet<ProgrammeCode> quickWins,
        IReadOnlyDictionary<(FiscalYear Year, FundingSource Source), Rupiah>? ceilings = null, PlanPeriod? horizon = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(quickWins);
        var last = (horizon ?? plan.Period).Last;
        var places = plan.Programmes.Select(p =>
        {
            if (!starts.TryGetValue(p.Code, out var start))
            {
                return new RoadmapPlace(p.Code, null, null, null, false);
            }

            var quick = quickWins.Contains(p.Code);
            var term = quick ? Term.QuickWin : plan.Content.Terms.TermOf(start.YearsSince(plan.Period.First) + 1);
            return new RoadmapPlace(p.Code, start, new FiscalYear(p.RunEnd(start, last)), term, quick) { OpenEnded = p.DurationYears is null };
        }).ToList();
        return new RoadmapView(places, SpendingOf(plan, starts, ceilings ?? CeilingsOf(plan.Content), horizon ?? plan.Period), plan.Content.FundingSources);
    }

    /// <summary>The plan's ceilings by year and source.</summary>
    public static IReadOnlyDictionary<(FiscalYear Year, FundingSource Source), Rupiah> CeilingsOf(MasterplanContent plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Ceilings.GroupBy(c => (c.Year, c.Source)).ToDictionary(g => g.Key, g => g.First().Amount);
    }

    /// <summary>What the programmes started at <paramref name="starts"/> spend, by year and source.</summary>
    public static IReadOnlyDictionary<(FiscalYear Year, FundingSource Source), Rupiah> SpentBy(Masterplan plan, IReadOnlyDictionary<ProgrammeCode, FiscalYear> starts)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(starts);
        return SpentBy(new PlanFacts(plan.Content), starts);
    }

    internal static Dictionary<(FiscalYear Year, FundingSource Source), Rupiah> SpentBy(PlanFacts plan, IReadOnlyDictionary<ProgrammeCode, FiscalYear> starts)
    {
        var spent = new Dictionary<(FiscalYear, FundingSource), Rupiah>();
        foreach (var programme in plan.Programmes.Where(p => starts.ContainsKey(p.Code)))
        {
            foreach (var (key, amount) in PlannedSpending(programme, plan.Period, starts[programme.Code]))
            {
                spent[key] = spent.GetValueOrDefault(key) + amount;
            }
        }

        return spent;
    }

    /// <summary>
    /// What one programme started in <paramref name="start"/> spends, by year and source: its cost
    /// profile (anchored at its earliest start, or the first year of <paramref name="period"/>) shifted to
    /// the start. The one place a programme's planned spending is computed.
    /// </summary>
    public static IReadOnlyDictionary<(FiscalYear Year, FundingSource Source), Rupiah> PlannedSpending(Programme programme, PlanPeriod period, FiscalYear start)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(period);
        return programme.Profile(MasterplanRules.CostAnchor(programme, period))
            .ToDictionary(line => (start.Plus(line.Offset), line.Source), line => line.Amount);
    }

    /// <summary>The place of <paramref name="code"/>.</summary>
    public RoadmapPlace Of(ProgrammeCode code) => Programmes.First(p => p.Code == code);

    /// <summary>The scheduled places.</summary>
    public IEnumerable<RoadmapPlace> Scheduled => Programmes.Where(p => p.Scheduled);

    private static List<YearSpending> SpendingOf(Masterplan plan, IReadOnlyDictionary<ProgrammeCode, FiscalYear> starts,
        IReadOnlyDictionary<(FiscalYear Year, FundingSource Source), Rupiah> ceilings, PlanPeriod horizon)
    {
        var spent = SpentBy(plan, starts);
        var catalogue = plan.Content.FundingSources;
        var sources = catalogue.Sources.Concat(spent.Keys.Concat(ceilings.Keys).Select(k => k.Source)).Distinct().Order(catalogue.Order).ToList();
        return [.. from year in horizon.Years
                   from source in sources
                   let ceiling = ceilings.TryGetValue((year, source), out var c) ? c : (Rupiah?)null
                   let amount = spent.GetValueOrDefault((year, source))
                   where ceiling is not null || amount.Value > 0
                   select new YearSpending(year, source, amount, ceiling)];
    }
}
