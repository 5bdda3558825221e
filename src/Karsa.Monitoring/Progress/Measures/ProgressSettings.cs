using Karsa.Domain.Diagnostics;
using Karsa.Monitoring.Progress.Reports;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>
/// How a region measures progress: the statuses its agencies report with (each with its default
/// percent) and the rule that weighs programmes in the roll-up. <see cref="Default"/> until a planner
/// sets the region's own.
/// </summary>
/// <param name="Statuses">The status list.</param>
/// <param name="Weighting">The roll-up's weighting rule.</param>
public sealed record ProgressSettings(ProgressStatusList Statuses, ProgressWeighting Weighting)
{
    /// <summary>The shipped statuses, weighted by planned cost.</summary>
    public static ProgressSettings Default { get; } = new(ProgressStatusList.Default, ProgressWeighting.ByPlannedCost);

    /// <summary>
    /// Refuses these settings in place of ones whose stored reports use <paramref name="statusesInUse"/>
    /// when the new list lacks any of them (one KRS169 per key, at <c>statuses</c>): a stored report
    /// must keep its meaning.
    /// </summary>
    public void CheckKeeps(IEnumerable<string> statusesInUse)
    {
        ArgumentNullException.ThrowIfNull(statusesInUse);
        var dropped = statusesInUse.Where(key => Statuses.Statuses.All(s => s.Key != key)).Distinct().Order(StringComparer.Ordinal)
            .Select(key => Problems.ProgressStatusInUse(key).Under("statuses")).ToList();
        if (dropped.Count > 0)
        {
            throw new DomainException(dropped);
        }
    }
}
