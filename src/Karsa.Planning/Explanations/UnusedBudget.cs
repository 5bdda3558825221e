using Karsa.Domain.Primitives;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Explanations;

/// <summary>
/// Where a schedule leaves ceilings unused and why: per year and source with money left, what keeps
/// each programme still out that draws on that source from using it. An alternative of a programme in the
/// roadmap says so first (it cannot come in whatever the budget). Otherwise a programme's reason is the main
/// blocker at the start (running in that year with that source) that is closest to fitting: it needs
/// more than is left, the source's ceiling drops in a later year of its run, another source-year is full,
/// a predecessor holds it back, its agency is at capacity, or its window keeps it from running then; when
/// it must end by the plan's last year and so draws on the source only before that year, the reason says so.
/// </summary>
internal static class UnusedBudget
{
    /// <summary>Every year and source whose ceiling <paramref name="schedule"/> leaves partly unused, with the reason.</summary>
    public static IReadOnlyList<UnusedCeiling> Find(PlanningProblem problem, Schedule schedule, bool optimal)
    {
        var blockers = new Blockers(problem, schedule);
        var spend = schedule.Spend(problem);
        var unused = new List<UnusedCeiling>();
        for (var t = 0; t < problem.YearCount; t++)
        {
            for (var k = 0; k < problem.Sources.Count; k++)
            {
                if (problem.Ceilings[t, k] is { } cap && cap > spend[t, k])
                {
                    unused.Add(new UnusedCeiling(new FiscalYear(problem.YearOf(t)), problem.Sources[k], new Rupiah(cap), new Rupiah(spend[t, k]),
                        Reason(problem, schedule, blockers, t, k, optimal)));
                }
            }
        }

        return unused;
    }

    private static LocalizedText Reason(PlanningProblem problem, Schedule schedule, Blockers blockers, int t, int k, bool optimal)
    {
        var users = Enumerable.Range(0, problem.Items.Count)
            .Where(i => problem.Items[i].Cost.Any(year => year[k] > 0)).ToList();
        if (users.Count == 0)
        {
            return Phrases.NoProgrammeUses(problem.SourceName(k));
        }

        var waiting = users.Where(i => schedule.Starts[i] is null && !problem.Items[i].Excluded).ToList();
        if (waiting.Count == 0)
        {
            return Phrases.AllUsersScheduled(problem.SourceName(k));
        }

        var groups = new Dictionary<LocalizedText, List<string>>();
        var phrases = new List<Func<IReadOnlyList<string>, LocalizedText>>();
        foreach (var i in waiting)
        {
            var (key, phrase) = MainBlocker(problem, blockers, i, t, k, optimal);
            if (!groups.TryGetValue(key, out var codes))
            {
                groups[key] = codes = [];
                phrases.Add(phrase);
            }

            codes.Add(problem.Items[i].Code);
        }

        var parts = groups.Keys.Select((key, n) => phrases[n](groups[key])).ToList();
        return new LocalizedText(string.Join("; ", parts.Select(p => p.In(Language.Indonesian))), string.Join("; ", parts.Select(p => p.In(Language.English))));
    }

    /// <summary>The reason (a key that groups equal reasons, and its wording for a list of codes) that item <paramref name="i"/> does not use source-year (<paramref name="t"/>, <paramref name="k"/>).</summary>
    private static (LocalizedText Key, Func<IReadOnlyList<string>, LocalizedText> Phrase) MainBlocker(PlanningProblem problem, Blockers blockers, int i, int t, int k, bool optimal)
    {
        var item = problem.Items[i];
        if (blockers.ChosenAlternative(i) is { } chosen)
        {
            return Keyed(codes => Phrases.AlternativesOfChosen(codes, chosen));
        }

        var starts = item.Starts.Where(s => item.CostIn(t, k, s) > 0).ToList();
        if (starts.Count == 0)
        {
            var (firstYear, lastYear, year) = (problem.YearOf(item.EarliestStart), problem.YearOf(problem.YearCount - 1), problem.YearOf(t));
            return t < item.EarliestStart ? Keyed(codes => Phrases.NotYet(codes, firstYear))
                : t >= item.LatestStart + item.Duration ? Keyed(codes => Phrases.MustEndEarlier(codes))
                : EndsWithPlanBefore(problem, item, t, k) ? Keyed(codes => Phrases.MustEndInPlan(codes, problem.SourceName(k), lastYear, year))
                : Keyed(codes => Phrases.DrawsOnItOtherYears(codes));
        }

        // The start closest to fitting: the least money over, then the fewest other blockers, then the earliest.
        var best = starts.Select(s => (Start: s, Budgets: blockers.Budgets(i, s).ToList(), Others: blockers.Others(i, s).ToList(), Agencies: blockers.Agencies(i, s).ToList()))
            .OrderBy(x => x.Budgets.Sum(b => b.Over)).ThenBy(x => x.Others.Count + x.Agencies.Count).ThenBy(x => x.Start).First();
        if (best.Budgets.FirstOrDefault(b => b.Year == t && b.Source == k) is { Need: > 0 } here)
        {
            return here.Need <= here.Ceiling ? Keyed(codes => Phrases.NeedsMoreThanLeft(codes))
                : DroppedSince(problem, t, k, here.Need) is { } since ? Keyed(codes => Phrases.CeilingDroppedSince(codes, problem.SourceName(k), since))
                : Keyed(codes => Phrases.NeedsMoreThanCeiling(codes));
        }

        var drop = best.Budgets.Where(b => b.Source == k && b.Year > t && problem.Ceilings[b.Year, k] < problem.Ceilings[t, k]).Select(b => b.Year).DefaultIfEmpty(-1).Min();
        if (drop >= 0)
        {
            var year = problem.YearOf(drop);
            return Keyed(codes => Phrases.CeilingDrops(codes, problem.SourceName(k), year));
        }

        if (best.Budgets.Count > 0)
        {
            var first = best.Budgets.OrderBy(b => b.Year).ThenBy(b => b.Source).First();
            var (source, year) = (problem.SourceName(first.Source), problem.YearOf(first.Year));
            return Keyed(codes => Phrases.HeldByFullBudget(codes, source, year));
        }

        return best.Others.Count > 0 ? Keyed(codes => Phrases.HeldByOtherProgrammes(codes))
            : best.Agencies.Count > 0 ? Keyed(codes => Phrases.HeldByAgency(codes))
            : Keyed(codes => Phrases.LeftOutBySearch(codes, optimal));
    }

    /// <summary>
    /// True when <paramref name="item"/>'s latest start is the last that ends in the plan's last year and, started
    /// then, it draws on source <paramref name="k"/> only before year index <paramref name="t"/>: the plan's end keeps its cost out of that year.
    /// </summary>
    private static bool EndsWithPlanBefore(PlanningProblem problem, PlanningItem item, int t, int k) =>
        item.LatestStart == problem.YearCount - item.Duration
        && Enumerable.Range(item.LatestStart, item.Duration).Where(y => item.CostIn(y, k, item.LatestStart) > 0).All(y => y < t);

    /// <summary>
    /// The year from which source <paramref name="k"/>'s ceiling has stayed below <paramref name="need"/> up to
    /// year index <paramref name="t"/>, after an earlier year whose ceiling covered it; null when no earlier year did.
    /// </summary>
    private static int? DroppedSince(PlanningProblem problem, int t, int k, long need)
    {
        var y = t;
        while (y > 0 && problem.Ceilings[y - 1, k] is { } before && before < need)
        {
            y--;
        }

        return y > 0 && problem.Ceilings[y - 1, k] is { } covered && covered >= need ? problem.YearOf(y) : null;
    }

    /// <summary>A reason keyed by its wording for no codes, so equal reasons group together.</summary>
    private static (LocalizedText Key, Func<IReadOnlyList<string>, LocalizedText> Phrase) Keyed(Func<IReadOnlyList<string>, LocalizedText> phrase) =>
        (phrase([]), phrase);
}
