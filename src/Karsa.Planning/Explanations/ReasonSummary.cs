using Karsa.Domain.Primitives;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Explanations;

/// <summary>
/// Gathers what blocks one item at each start year it could have had and says it once, the way a person
/// writes it: the full sources with their years ("APBD 2024-2027 penuh"), the smallest shortfall over
/// those starts ("kurang Rp 2,5 M untuk mulai 2025"), the full agencies, then the other reasons, each once.
/// </summary>
internal sealed class ReasonSummary(PlanningProblem problem)
{
    private readonly SortedDictionary<int, SortedSet<int>> _fullYears = [];
    private readonly SortedDictionary<int, (SortedSet<int> Years, int Capacity)> _busyAgencies = [];
    private readonly List<LocalizedText> _others = [];
    private (long Amount, int Start)? _smallestShortfall;
    private bool _shortfallAlone;

    /// <summary>Adds what blocks the item at start index <paramref name="start"/>.</summary>
    public void Add(int start, IReadOnlyList<LocalizedText> others, IReadOnlyList<BudgetShortage> budgets, IReadOnlyList<AgencyShortage> agencies)
    {
        foreach (var other in others.Where(o => !_others.Contains(o)))
        {
            _others.Add(other);
        }

        foreach (var budget in budgets)
        {
            Years(_fullYears, budget.Source).Add(problem.YearOf(budget.Year));
        }

        foreach (var agency in agencies)
        {
            if (!_busyAgencies.TryGetValue(agency.Agency, out var busy))
            {
                _busyAgencies[agency.Agency] = busy = ([], agency.Capacity);
            }

            busy.Years.Add(problem.YearOf(agency.Year));
        }

        if (budgets.Count == 0)
        {
            return;
        }

        // Prefer the smallest shortfall of a start that only money blocks: that much more budget brings it in.
        var alone = others.Count == 0 && agencies.Count == 0;
        var amount = budgets.Sum(b => b.Over);
        if (_smallestShortfall is not { } known || (alone && !_shortfallAlone) || (alone == _shortfallAlone && amount < known.Amount))
        {
            (_smallestShortfall, _shortfallAlone) = ((amount, problem.YearOf(start)), alone);
        }
    }

    /// <summary>The sentence; null when nothing was found to block the item.</summary>
    public LocalizedText? Sentence()
    {
        var parts = new List<LocalizedText>();
        if (_fullYears.Count > 0)
        {
            parts.Add(Phrases.SourcesFull([.. _fullYears.Select(f => (problem.SourceName(f.Key), (IReadOnlyList<int>)[.. f.Value]))]));
        }

        if (_smallestShortfall is { } shortfall)
        {
            parts.Add(Phrases.ShortBy(new Rupiah(shortfall.Amount), shortfall.Start));
        }

        parts.AddRange(_busyAgencies.Select(a => Phrases.AgencyBusy(problem.Agencies[a.Key], [.. a.Value.Years], a.Value.Capacity)));
        parts.AddRange(_others);
        return parts.Count == 0 ? null
            : new LocalizedText(string.Join("; ", parts.Select(p => p.In(Language.Indonesian))), string.Join("; ", parts.Select(p => p.In(Language.English))));
    }

    private static SortedSet<int> Years(SortedDictionary<int, SortedSet<int>> byKey, int key)
    {
        if (!byKey.TryGetValue(key, out var years))
        {
            byKey[key] = years = [];
        }

        return years;
    }
}
