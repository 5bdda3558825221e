using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Planning.Formulation;

/// <summary>
/// The roadmap optimization problem in plain numbers: items with cost profiles and windows, ceilings
/// per year index and source, agency capacities and the quick-win rule. Both masterplans and benchmark
/// instances are turned into this and solved by the same code.
/// </summary>
/// <remarks>
/// The value of an item started at year index <c>s</c> is its weight times its years of benefit: with
/// <see cref="BenefitByEnd"/> (a plan's value model), <c>Weight * BenefitByEnd[s + Duration - 1]</c>, the
/// discounted benefit life after its run (the item's own <see cref="PlanningItem.BenefitByEnd"/> where it has one); without it (benchmark instances),
/// <c>Weight * (YearCount - s - Duration + 1)</c>, the plan years from its last year to the end of the
/// horizon, inclusive. Values are integers so the CP-SAT objective is integral; divide by
/// <see cref="ValueScale"/> to get values in plan units (score-years).
/// </remarks>
public sealed record PlanningProblem
{
    /// <summary>The fiscal year of index 0.</summary>
    public required int FirstYear { get; init; }

    /// <summary>Number of plan years (the horizon).</summary>
    public required int YearCount { get; init; }

    /// <summary>The funding sources, by index.</summary>
    public required IReadOnlyList<FundingSource> Sources { get; init; }

    /// <summary>The plan's funding sources, which name <see cref="Sources"/>.</summary>
    public FundingSourceCatalog FundingSources { get; init; } = FundingSourceCatalog.Defaults;

    /// <summary>The name of the source at <paramref name="index"/>.</summary>
    public LocalizedText SourceName(int index) => FundingSources.Name(Sources[index]);

    /// <summary>Ceiling by year index and source index; null where the source is uncapped.</summary>
    public required long?[,] Ceilings { get; init; }

    /// <summary>The items.</summary>
    public required IReadOnlyList<PlanningItem> Items { get; init; }

    /// <summary>Agency codes, by index.</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    /// <summary>Capacity by agency index (at most this many running at once); null for unlimited.</summary>
    public IReadOnlyList<int?> AgencyCapacities { get; init; } = [];

    /// <summary>Dimension names, by index.</summary>
    public IReadOnlyList<string> Dimensions { get; init; } = [];

    /// <summary>How quick wins are chosen.</summary>
    public QuickWinPolicy QuickWins { get; init; } = QuickWinPolicy.None;

    /// <summary>Quick wins start within this many first years.</summary>
    public int QuickWinYears { get; init; } = 1;

    /// <summary>Weights are values in plan units times this.</summary>
    public long ValueScale { get; init; } = 1;

    /// <summary>
    /// Scaled benefit-years of a run ending in each year index (see <see cref="Formulation.BenefitYears"/>);
    /// null: benefit counts only up to the end of the horizon.
    /// </summary>
    public IReadOnlyList<long>? BenefitByEnd { get; init; }

    /// <summary>The value of <paramref name="item"/> started at index <paramref name="start"/>, in scaled units.</summary>
    public long ValueAt(PlanningItem item, int start)
    {
        ArgumentNullException.ThrowIfNull(item);
        var end = start + item.Duration - 1;
        return (item.BenefitByEnd ?? BenefitByEnd) is not { } benefit ? item.Weight * Math.Max(0, YearCount - end)
            : end >= 0 && end < benefit.Count ? item.Weight * benefit[end] : 0;
    }

    /// <summary>The fiscal year of index <paramref name="index"/>.</summary>
    public int YearOf(int index) => FirstYear + index;

    /// <summary>
    /// The earliest start index that item <paramref name="index"/>'s own window and its chain of
    /// predecessors (each starting as early as it can, plus durations and lags) allow, ignoring budgets;
    /// null when the item or a predecessor cannot start at all, or the chain pushes it past its window.
    /// </summary>
    public int? EarliestPossibleStart(int index)
    {
        var memo = new Dictionary<int, int?>();
        int? Resolve(int j, int depth)
        {
            if (memo.TryGetValue(j, out var known))
            {
                return known;
            }

            var item = Items[j];

            // A dependency cycle would recurse forever: past Items.Count links there must be one.
            int? earliest = item.Schedulable && depth < Items.Count ? item.EarliestStart : null;
            foreach (var precedence in item.Predecessors)
            {
                if (earliest is null)
                {
                    break;
                }

                earliest = Resolve(precedence.Predecessor, depth + 1) is { } start
                    ? Math.Max(earliest.Value, start + Items[precedence.Predecessor].Duration + precedence.Lag)
                    : null;
            }

            memo[j] = earliest is { } e && e <= item.LatestStart ? e : null;
            return memo[j];
        }

        return Resolve(index, 0);
    }
}
