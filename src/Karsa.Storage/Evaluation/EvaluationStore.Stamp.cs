using System.Globalization;
using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Evaluation;

/// <summary>When a region last got a published result, for caches of pages that show its latest evaluation.</summary>
public sealed partial class EvaluationStore
{
    /// <summary>
    /// A text that changes whenever a cycle publishes a result of <paramref name="region"/> (the newest
    /// result row's id; results are written once, at publication, and never changed); empty when it has none.
    /// </summary>
    public Task<string> ResultsStampAsync(RegionCode region, CancellationToken cancellationToken = default) =>
        WithContext(async context =>
        {
            if (!await ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return string.Empty;
            }

            var newest = await context.EvaluationResults.AsNoTracking().Where(r => r.RegionCode == region.Value)
                .MaxAsync(r => (long?)r.Id, cancellationToken).ConfigureAwait(false);
            return newest?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
        });
}
