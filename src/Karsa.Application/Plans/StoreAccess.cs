using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Storage;

namespace Karsa.Application.Plans;

/// <summary>Opens the store a use case names (the <c>--db</c> value) and turns its failures into typed errors.</summary>
internal static class StoreAccess
{
    /// <summary>Runs <paramref name="work"/> on the store of <paramref name="database"/>; storage and domain refusals become errors.</summary>
    public static async Task<UseCaseResult<T>> WithStoreAsync<T>(string? database, Func<PlanStore, Task<UseCaseResult<T>>> work, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(database), cancellationToken).ConfigureAwait(false);
            return await work(store).ConfigureAwait(false);
        }
        catch (StorageException problem)
        {
            return Failures.From(problem);
        }
        catch (DomainException problem)
        {
            return Failures.From(problem);
        }
    }
}
