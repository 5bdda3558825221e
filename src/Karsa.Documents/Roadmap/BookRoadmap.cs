using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Roadmap;

/// <summary>Whether the roadmap runs a programme.</summary>
public enum ScheduleStatus
{
    /// <summary>Runs from its start to its end year.</summary>
    Scheduled,

    /// <summary>Left out of the roadmap (reasons say why).</summary>
    Excluded,
}

/// <summary>
/// What the roadmap does with one programme. Invariant: a scheduled programme has a start, an end not
/// before it and a term; an excluded one has none of them.
/// </summary>
public sealed record ScheduledProgramme
{
    /// <summary>Creates an entry, checking the invariant.</summary>
    public ScheduledProgramme(ProgrammeCode code, ScheduleStatus status, FiscalYear? start, FiscalYear? end, Term? term,
        bool quickWin = false, IReadOnlyList<string>? reasons = null)
    {
        var complete = start is not null && end is not null && term is not null && end >= start;
        if (status == ScheduleStatus.Scheduled ? !complete : start is not null || end is not null || term is not null || quickWin)
        {
            throw new ArgumentException($"Inconsistent schedule for {code}: {status} {start}-{end} {term}.", nameof(status));
        }

        (Code, Status, Start, End, Term, QuickWin, Reasons) = (code, status, start, end, term, quickWin, reasons ?? []);
    }

    /// <summary>The programme.</summary>
    public ProgrammeCode Code { get; }

    /// <summary>Scheduled or excluded.</summary>
    public ScheduleStatus Status { get; }

    /// <summary>First fiscal year it runs, when scheduled.</summary>
    public FiscalYear? Start { get; }

    /// <summary>Last fiscal year it runs, when scheduled.</summary>
    public FiscalYear? End { get; }

    /// <summary>The term it falls in, when scheduled.</summary>
    public Term? Term { get; }

    /// <summary>True when it is delivered as a quick win.</summary>
    public bool QuickWin { get; }

    /// <summary>Why it is where it is (or why it is out), in the book's language.</summary>
    public IReadOnlyList<string> Reasons { get; }
}

/// <summary>Spending from one source in one year against its ceiling (null ceiling: not capped).</summary>
public sealed record YearSpending(FiscalYear Year, FundingSource Source, Rupiah Spent, Rupiah? Ceiling);

/// <summary>
/// The roadmap as the book sees it: every programme's schedule and the spending per year and source.
/// Independent of the optimiser: build it with <see cref="FromStarts"/> from any schedule, or use
/// <see cref="Unscheduled"/> to make a book without a solver.
/// </summary>
public sealed record BookRoadmap(IReadOnlyList<ScheduledProgramme> Programmes, IReadOnlyList<YearSpending> Spending,
    bool? Optimal = null, decimal? Objective = null)
{
    /// <summary>
    /// Every programme at its earliest start (or the plan's first year); quick-win candidates that start
    /// within the quick-win years become quick wins.
    /// </summary>
    public static BookRoadmap Unscheduled(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var starts = plan.Programmes.ToDictionary(p => p.Code, plan.CostAnchor);
        var quickWins = plan.Programmes.Where(p => p.QuickWinCandidate && InQuickWinYears(plan, starts[p.Code])).Select(p => p.Code);
        return FromStarts(plan, starts, quickWins.ToHashSet());
    }

    /// <summary>
    /// The roadmap given the start year of each scheduled programme (programmes absent from
    /// <paramref name="starts"/> are excluded), the quick wins and optional reasons per programme.
    /// Spending is each programme's cost profile shifted to its start; ceilings come from the plan.
    /// </summary>
    public static BookRoadmap FromStarts(Masterplan plan, IReadOnlyDictionary<ProgrammeCode, FiscalYear> starts,
        IReadOnlySet<ProgrammeCode> quickWins, IReadOnlyDictionary<ProgrammeCode, IReadOnlyList<string>>? reasons = null,
        bool? optimal = null, decimal? objective = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(starts);
        ArgumentNullException.ThrowIfNull(quickWins);
        var entries = plan.Programmes.Select(p =>
        {
            var why = reasons is not null && reasons.TryGetValue(p.Code, out var r) ? r : [];
            if (!starts.TryGetValue(p.Code, out var start))
            {
                return new ScheduledProgramme(p.Code, ScheduleStatus.Excluded, null, null, null, reasons: why);
            }

            var quick = quickWins.Contains(p.Code);
            var term = quick ? Term.QuickWin : plan.Content.Terms.TermOf(start.YearsSince(plan.Period.First) + 1);
            return new ScheduledProgramme(p.Code, ScheduleStatus.Scheduled, start, start.Plus(p.DurationYears - 1), term, quick, why);
        }).ToList();
        return new BookRoadmap(entries, SpendingOf(plan, starts), optimal, objective);
    }

    /// <summary>The entry of <paramref name="code"/>.</summary>
    public ScheduledProgramme Of(ProgrammeCode code) => Programmes.First(p => p.Code == code);

    private static bool InQuickWinYears(Masterplan plan, FiscalYear start) =>
        start.YearsSince(plan.Period.First) < plan.Content.Terms.QuickWinYears;

    private static List<YearSpending> SpendingOf(Masterplan plan, IReadOnlyDictionary<ProgrammeCode, FiscalYear> starts)
    {
        var spent = new Dictionary<(FiscalYear, FundingSource), Rupiah>();
        foreach (var programme in plan.Programmes.Where(p => starts.ContainsKey(p.Code)))
        {
            var start = starts[programme.Code];
            foreach (var (offset, source, amount) in programme.Profile(plan.CostAnchor(programme)))
            {
                var key = (start.Plus(offset), source);
                spent[key] = spent.GetValueOrDefault(key) + amount;
            }
        }

        var ceilings = plan.Content.Ceilings.ToDictionary(c => (c.Year, c.Source), c => c.Amount);
        var sources = spent.Keys.Select(k => k.Item2).Concat(ceilings.Keys.Select(k => k.Item2)).Distinct().Order().ToList();
        var lastYear = spent.Keys.Select(k => k.Item1).Append(plan.Period.Last).Max();
        var years = Enumerable.Range(plan.Period.First.Value, lastYear.Value - plan.Period.First.Value + 1).Select(y => new FiscalYear(y));
        return [.. from year in years
                   from source in sources
                   let ceiling = ceilings.TryGetValue((year, source), out var c) ? c : (Rupiah?)null
                   select new YearSpending(year, source, spent.GetValueOrDefault((year, source)), ceiling)];
    }
}
