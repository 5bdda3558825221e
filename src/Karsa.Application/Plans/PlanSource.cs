using System.Text.RegularExpressions;
using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;

namespace Karsa.Application.Plans;

/// <summary>A plan a use case works on, with where it came from.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Stored">The stored version it was loaded from; null for a plan file.</param>
public sealed record SourcedPlan(Masterplan Plan, StoredPlan? Stored);

/// <summary>
/// Where a use case's plan comes from, decided in one place for every front door: an existing file, or
/// else a region code (e.g. <c>33.13</c>) whose stored plan is loaded (the newest version unless one
/// is named).
/// </summary>
public static partial class PlanSource
{
    /// <summary>
    /// The plan named by <paramref name="fileOrRegion"/>: the file's plan (with its warnings), or the
    /// stored version of the region in <paramref name="database"/> (the <c>--db</c> value).
    /// </summary>
    public static async Task<UseCaseResult<SourcedPlan>> LoadAsync(string fileOrRegion, string? database, int? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileOrRegion);
        if (File.Exists(fileOrRegion) || !RegionPattern().IsMatch(fileOrRegion))
        {
            var read = PlanFileUseCases.Validate(fileOrRegion, cancellationToken);
            return read.Succeeded ? UseCaseResult.Success(new SourcedPlan(read.Value, null), read.Warnings) : read.Error;
        }

        try
        {
            var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(database), cancellationToken).ConfigureAwait(false);
            var stored = await store.LoadAsync(new RegionCode(fileOrRegion), version, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new SourcedPlan(stored.Plan, stored), stored.Plan.Warnings);
        }
        catch (StorageException problem)
        {
            return Failures.From(problem);
        }
    }

    [GeneratedRegex(@"^\d{2}\.\d{2}$")]
    private static partial Regex RegionPattern();
}
