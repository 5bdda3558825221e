using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Evaluation;

/// <summary>A region's name and Smart City cohort, as its stored plans give them.</summary>
/// <param name="Code">The Home Affairs code.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Cohort">The cohort year, if a plan names one.</param>
public sealed record RegionLabel(string Code, string Name, int? Cohort);

/// <summary>The evaluation store's view of the regions table.</summary>
public sealed partial class EvaluationStore
{
    /// <summary>Names and cohorts of the regions that have a stored plan, by code; a region evaluated without a plan has none.</summary>
    public Task<IReadOnlyDictionary<string, RegionLabel>> RegionLabelsAsync(CancellationToken cancellationToken = default) =>
        WithContext<IReadOnlyDictionary<string, RegionLabel>>(async context =>
        {
            if (!await ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return new Dictionary<string, RegionLabel>(StringComparer.Ordinal);
            }

            return await context.Regions.AsNoTracking().Select(r => new RegionLabel(r.Code, r.Name, r.Cohort))
                .ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        });
}
