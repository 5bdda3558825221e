using Karsa.Application.Common;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Storage.Caching;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>
/// Keeps the national ranking views of published cycles: a published cycle is frozen (every write is
/// guarded by the cycle's state), so its ranking under a filter never changes, except for the
/// year-over-year comparison, which depends on which cycles are published; the key therefore holds the
/// ids of every published cycle. A warm ranking costs one small query (the list of cycles).
/// At most <see cref="Capacity"/> views are kept.
/// </summary>
internal static class PublishedRankings
{
    /// <summary>The most views kept (cycles x province and cohort filters asked for).</summary>
    public const int Capacity = 512;

    private static readonly BoundedCache<RankingKey, NationalEvaluationView> Cache = new(Capacity);

    /// <summary>The key of <paramref name="cycle"/>'s ranking under the filter; null when the cycle is not published (nothing is kept then).</summary>
    public static RankingKey? KeyOf(string? database, long cycle, string? province, int? cohort, IReadOnlyList<CycleSummary> cycles)
    {
        var published = cycles.Where(c => c.State == CycleState.Published).Select(c => c.Id).Order().ToList();
        return published.Contains(cycle)
            ? new RankingKey(database ?? string.Empty, cycle, string.IsNullOrWhiteSpace(province) ? string.Empty : province.Trim(), cohort, string.Join(',', published))
            : null;
    }

    /// <summary>The view kept under <paramref name="key"/>, if any.</summary>
    public static NationalEvaluationView? Find(RankingKey? key) => key is not null && Cache.TryGet(key, out var view) ? view : null;

    /// <summary>Keeps <paramref name="view"/> under <paramref name="key"/> (nothing when the key is null: the cycle was not published).</summary>
    public static void Keep(RankingKey? key, NationalEvaluationView view)
    {
        if (key is not null)
        {
            Cache.Keep(key, view);
        }
    }

    /// <summary>What a kept view is found by.</summary>
    /// <param name="Database">The database (the <c>--db</c> value).</param>
    /// <param name="Cycle">The cycle.</param>
    /// <param name="Province">The province filter (empty: all).</param>
    /// <param name="Cohort">The cohort filter.</param>
    /// <param name="Published">The ids of every published cycle, in order.</param>
    internal sealed record RankingKey(string Database, long Cycle, string Province, int? Cohort, string Published);
}
