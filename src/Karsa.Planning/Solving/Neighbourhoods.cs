using System.Runtime.InteropServices;
using Karsa.Planning.Formulation;

namespace Karsa.Planning.Solving;

/// <summary>
/// Chooses which items a large-neighbourhood search step frees around the incumbent (every other item
/// keeps its start or stays out). Three kinds: around a loss (an item the incumbent
/// schedules worse than the LP optimum does, with the items that run in the years it would move
/// between), items where the incumbent and the LP optimum disagree (as in RINS), and items at random.
/// Each is topped up with random items to the wanted size. A freed item's alternatives and direct
/// dependency links are freed with it, so a swap or a chain can move as one.
/// </summary>
internal sealed class Neighbourhoods
{
    private const double Epsilon = 1e-6;

    private readonly PlanningProblem _problem;
    private readonly LinearForm _form;
    private readonly double[]? _lpPrimal;
    private readonly double[] _lpValue;
    private readonly List<int>[] _linked;

    /// <summary>Neighbourhoods of <paramref name="problem"/>, guided by the LP optimum <paramref name="lpPrimal"/> when there is one.</summary>
    public Neighbourhoods(PlanningProblem problem, LinearForm form, double[]? lpPrimal)
    {
        _problem = problem;
        _form = form;
        _lpPrimal = lpPrimal;
        _lpValue = new double[problem.Items.Count];
        for (var j = 0; lpPrimal is not null && j < form.Columns.Count; j++)
        {
            _lpValue[form.Columns[j].Item] += lpPrimal[j] * form.Values[j];
        }

        _linked = Links(problem);
    }

    /// <summary>The number of kinds; <see cref="Pick"/> takes a kind index below this.</summary>
    public static int Kinds => 3;

    /// <summary>About <paramref name="size"/> items to free around <paramref name="incumbent"/>, of kind <paramref name="kind"/>.</summary>
    public HashSet<int> Pick(int kind, int size, Schedule incumbent, Random random)
    {
        var candidates = (kind % Kinds) switch
        {
            0 when _lpPrimal is not null => AroundLoss(incumbent, random),
            1 when _lpPrimal is not null => Shuffled(Disagreeing(incumbent), random),
            _ => [],
        };
        var free = new HashSet<int>();
        foreach (var item in candidates.Concat(Shuffled(Enumerable.Range(0, _problem.Items.Count), random)))
        {
            if (free.Count >= size)
            {
                break;
            }

            if (free.Add(item))
            {
                free.UnionWith(_linked[item]);
            }
        }

        return free;
    }

    /// <summary>
    /// An item that the incumbent schedules worse than the LP optimum (drawn with probability by its loss), followed by
    /// the items that run, in the incumbent, in the years of its LP start and its incumbent start.
    /// </summary>
    private List<int> AroundLoss(Schedule incumbent, Random random)
    {
        var loss = new double[_problem.Items.Count];
        for (var i = 0; i < loss.Length; i++)
        {
            loss[i] = Math.Max(0, _lpValue[i] - (incumbent.Starts[i] is { } s ? _problem.ValueAt(_problem.Items[i], s) : 0));
        }

        if (loss.Sum() <= 0)
        {
            return [];
        }

        var chosen = WeightedDraw.Index(loss, random);

        var lpStart = _form.ColumnsOf[chosen].Where(j => _lpPrimal![j] > Epsilon).Select(j => _form.Columns[j].Start).DefaultIfEmpty(_problem.Items[chosen].EarliestStart).First();
        var mine = incumbent.Starts[chosen] ?? lpStart;
        return [chosen, .. Shuffled(InYears(incumbent, lpStart, mine).Where(i => i != chosen), random)];
    }

    /// <summary>Items that run in year <paramref name="a"/> or <paramref name="b"/> in the incumbent or in the LP optimum.</summary>
    private IEnumerable<int> InYears(Schedule incumbent, int a, int b)
    {
        bool Runs(int item, int start) => _problem.Items[item].RunsIn(a, start) || _problem.Items[item].RunsIn(b, start);
        return Enumerable.Range(0, _problem.Items.Count).Where(i =>
            (incumbent.Starts[i] is { } s && Runs(i, s))
            || (_lpPrimal is not null && _form.ColumnsOf[i].Any(j => _lpPrimal[j] > Epsilon && Runs(i, _form.Columns[j].Start))));
    }

    /// <summary>Items whose incumbent column values differ from the LP optimum's (fractional ones included).</summary>
    private IEnumerable<int> Disagreeing(Schedule incumbent)
    {
        var assignment = _form.Assignment(incumbent);
        return Enumerable.Range(0, _form.Columns.Count)
            .Where(j => Math.Abs(_lpPrimal![j] - (assignment[j] ? 1 : 0)) > Epsilon)
            .Select(j => _form.Columns[j].Item)
            .Distinct();
    }

    private static List<int> Shuffled(IEnumerable<int> items, Random random)
    {
        var list = items.ToList();
        random.Shuffle(CollectionsMarshal.AsSpan(list));
        return list;
    }

    /// <summary>For each item, the items of its alternatives group and its direct predecessors and successors.</summary>
    private static List<int>[] Links(PlanningProblem problem)
    {
        var items = problem.Items;
        var linked = items.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var precedence in items[i].Predecessors)
            {
                linked[i].Add(precedence.Predecessor);
                linked[precedence.Predecessor].Add(i);
            }
        }

        foreach (var group in Enumerable.Range(0, items.Count).Where(i => items[i].Group is not null).GroupBy(i => items[i].Group))
        {
            foreach (var i in group)
            {
                linked[i].AddRange(group.Where(other => other != i));
            }
        }

        return linked;
    }
}
