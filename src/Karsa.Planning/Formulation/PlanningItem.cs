namespace Karsa.Planning.Formulation;

/// <summary>A finish-to-start link: the item starts at least <c>Duration + Lag</c> years after <c>Predecessor</c> starts.</summary>
/// <param name="Predecessor">Index of the item that must run first.</param>
/// <param name="Lag">Whole years between the predecessor's last year and the next year the item may start.</param>
public sealed record Precedence(int Predecessor, int Lag);

/// <summary>
/// One programme as the optimizer sees it. Years are 0-based plan-year indices; money is whole Rupiah.
/// </summary>
public sealed record PlanningItem
{
    /// <summary>The programme code (or "item-j" for benchmark instances).</summary>
    public required string Code { get; init; }

    /// <summary>Years one run lasts.</summary>
    public required int Duration { get; init; }

    /// <summary>First start index allowed.</summary>
    public required int EarliestStart { get; init; }

    /// <summary>Last start index allowed; below <see cref="EarliestStart"/> when the item cannot fit.</summary>
    public required int LatestStart { get; init; }

    /// <summary>Cost by year of the run (0-based offset) and source index: <c>Cost[offset][source]</c>.</summary>
    public required long[][] Cost { get; init; }

    /// <summary>Integral value per year of benefit (the priority score times <see cref="PlanningProblem.ValueScale"/>).</summary>
    public required long Weight { get; init; }

    /// <summary>Must be in the roadmap.</summary>
    public bool Mandatory { get; init; }

    /// <summary>Must stay out (e.g. forced out by a scenario).</summary>
    public bool Excluded { get; init; }

    /// <summary>True when it is out because its cost is not known: it needs a cost estimate before it can be scheduled.</summary>
    public bool CostUnknown { get; init; }

    /// <summary>Alternatives group index: at most one item of a group is chosen.</summary>
    public int? Group { get; init; }

    /// <summary>Index of the lead agency (for capacity).</summary>
    public int? Agency { get; init; }

    /// <summary>Index of the dimension (for quick wins).</summary>
    public int Dimension { get; init; }

    /// <summary>True when the planners consider it a quick-win candidate.</summary>
    public bool QuickWinCandidate { get; init; }

    /// <summary>
    /// Its own scaled benefit-years by the year index its run ends in (a programme's own benefit life);
    /// null: the problem's <see cref="PlanningProblem.BenefitByEnd"/>.
    /// </summary>
    public IReadOnlyList<long>? BenefitByEnd { get; init; }

    /// <summary>Items that must finish first.</summary>
    public IReadOnlyList<Precedence> Predecessors { get; init; } = [];

    /// <summary>True when some start index is allowed and it is not excluded.</summary>
    public bool Schedulable => !Excluded && EarliestStart <= LatestStart;

    /// <summary>The start indices allowed.</summary>
    public IEnumerable<int> Starts => Schedulable ? Enumerable.Range(EarliestStart, LatestStart - EarliestStart + 1) : [];

    /// <summary>Cost from source <paramref name="source"/> in year index <paramref name="year"/> when started at <paramref name="start"/>.</summary>
    public long CostIn(int year, int source, int start)
    {
        var offset = year - start;
        return offset >= 0 && offset < Cost.Length ? Cost[offset][source] : 0;
    }

    /// <summary>True when a run started at <paramref name="start"/> is under way in year index <paramref name="year"/>.</summary>
    public bool RunsIn(int year, int start) => year >= start && year < start + Duration;
}
