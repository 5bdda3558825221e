using Karsa.Domain.Primitives;
using Karsa.Planning.Formulation;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Planning.Explanations;

/// <summary>
/// Finds what stops an item from starting in a given year while every other item keeps its place:
/// forced out, no room in the horizon, a predecessor that ends too late or is out, a chosen
/// alternative, a full budget (source-year) or a full agency. <see cref="Explain"/> sums them up in one
/// sentence per item (<see cref="ReasonSummary"/>) and keeps the detail per start year.
/// </summary>
internal sealed class Blockers
{
    private readonly PlanningProblem _problem;
    private readonly Schedule _schedule;
    private readonly long[,] _spend;
    private readonly int[,] _running;

    public Blockers(PlanningProblem problem, Schedule schedule)
    {
        _problem = problem;
        _schedule = schedule;
        _spend = schedule.Spend(problem);
        _running = schedule.Running(problem);
    }

    /// <summary>
    /// Why item <paramref name="i"/> is out or late, over the years before its start (or its whole
    /// window): one summary sentence (none when nothing blocks it) and the detail per start year.
    /// </summary>
    public (LocalizedText? Summary, IReadOnlyList<StartReason> Detail) Explain(int i)
    {
        var item = _problem.Items[i];
        if (item.CostUnknown)
        {
            return (Phrases.NeedsCostEstimate(), []);
        }

        if (item.Excluded)
        {
            return (Phrases.ForcedOut(), []);
        }

        if (item.EarliestStart > item.LatestStart)
        {
            return (Phrases.DoesNotFit(item.Duration, _problem.YearOf(item.EarliestStart), _problem.YearOf(_problem.YearCount - 1)), []);
        }

        var until = _schedule.Starts[i] is { } start ? start - 1 : item.LatestStart;
        var summary = new ReasonSummary(_problem);
        var detail = new List<StartReason>();
        for (var s = item.EarliestStart; s <= until; s++)
        {
            var others = Others(i, s).ToList();
            var budgets = Budgets(i, s).ToList();
            var agencies = Agencies(i, s).ToList();
            summary.Add(s, others, budgets, agencies);
            IEnumerable<LocalizedText> reasons = [.. others, .. budgets.Select(Phrase), .. agencies.Select(Phrase)];
            detail.AddRange(reasons.Select(r => new StartReason(_problem.YearOf(s), r)));
        }

        var sentence = summary.Sentence();
        return (sentence ?? (item.Weight == 0 ? Phrases.ValueOnly() : null), detail);
    }

    /// <summary>Everything that blocks item <paramref name="i"/> at start <paramref name="s"/>, as sentences.</summary>
    public IEnumerable<LocalizedText> At(int i, int s) =>
        [.. Others(i, s), .. Budgets(i, s).Select(Phrase), .. Agencies(i, s).Select(Phrase)];

    /// <summary>The full source-years item <paramref name="i"/> would meet at start <paramref name="s"/>.</summary>
    public IEnumerable<BudgetShortage> Budgets(int i, int s)
    {
        var item = _problem.Items[i];
        var own = _schedule.Starts[i];
        for (var t = s; t < s + item.Duration && t < _problem.YearCount; t++)
        {
            for (var k = 0; k < _problem.Sources.Count; k++)
            {
                var need = item.CostIn(t, k, s);
                if (need == 0 || _problem.Ceilings[t, k] is not { } cap)
                {
                    continue;
                }

                var used = _spend[t, k] - (own is { } o ? item.CostIn(t, k, o) : 0);
                if (used + need > cap)
                {
                    yield return new BudgetShortage(k, t, used, cap, need);
                }
            }
        }
    }

    /// <summary>Predecessors and alternatives that block item <paramref name="i"/> at start <paramref name="s"/>.</summary>
    public IEnumerable<LocalizedText> Others(int i, int s)
    {
        var item = _problem.Items[i];
        foreach (var precedence in item.Predecessors)
        {
            var predecessor = _problem.Items[precedence.Predecessor];
            if (_schedule.Starts[precedence.Predecessor] is not { } ps)
            {
                yield return Phrases.PredecessorOut(predecessor.Code);
            }
            else if (s < ps + predecessor.Duration + precedence.Lag)
            {
                yield return Phrases.WaitsFor(predecessor.Code, _problem.YearOf(ps + predecessor.Duration - 1), precedence.Lag);
            }
        }

        if (ChosenAlternative(i) is { } other)
        {
            yield return Phrases.AlternativeChosen(other);
        }
    }

    /// <summary>The code of the programme of item <paramref name="i"/>'s alternatives group that is scheduled, if any.</summary>
    public string? ChosenAlternative(int i) => _problem.Items[i].Group is { } group
        ? Enumerable.Range(0, _problem.Items.Count).Where(j => j != i && _problem.Items[j].Group == group && _schedule.Starts[j] is not null)
            .Select(j => _problem.Items[j].Code).FirstOrDefault()
        : null;

    /// <summary>The full agency-years item <paramref name="i"/> would meet at start <paramref name="s"/>.</summary>
    public IEnumerable<AgencyShortage> Agencies(int i, int s)
    {
        var item = _problem.Items[i];
        if (item.Agency is not { } a || _problem.AgencyCapacities[a] is not { } capacity)
        {
            yield break;
        }

        var own = _schedule.Starts[i];
        for (var t = s; t < s + item.Duration && t < _problem.YearCount; t++)
        {
            var running = _running[a, t] - (own is { } o && item.RunsIn(t, o) ? 1 : 0);
            if (running >= capacity)
            {
                yield return new AgencyShortage(a, t, running, capacity);
            }
        }
    }

    private LocalizedText Phrase(BudgetShortage b) =>
        Phrases.CeilingTooSmall(_problem.SourceName(b.Source), _problem.YearOf(b.Year), new Rupiah(b.Used), new Rupiah(b.Ceiling), new Rupiah(b.Need));

    private LocalizedText Phrase(AgencyShortage a) =>
        Phrases.AgencyFull(_problem.Agencies[a.Agency], _problem.YearOf(a.Year), a.Running, a.Capacity);
}
