using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Storage;

namespace Karsa.Application.Plans;

/// <summary>Opens the store a use case names (the <c>--db</c> value) and turns its failures into typed errors.</summary>
internal static class StoreAccess
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, PlanStore> Shared = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="work"/> on the store of <paramref name="database"/>; storage and domain refusals become errors.</summary>
    public static Task<UseCaseResult<T>> WithStoreAsync<T>(string? database, Func<PlanStore, Task<UseCaseResult<T>>> work, CancellationToken cancellationToken)
        where T : class =>
        GuardedAsync(() => PlanStore.OpenAsync(DatabaseLocation.Parse(database), cancellationToken), work);

    /// <summary>
    /// Like <see cref="WithStoreAsync{T}"/>, on one store per database kept for the process, so that
    /// frequent reads (the portal, dashboards) check the schema once, not on every call.
    /// </summary>
    public static Task<UseCaseResult<T>> WithSharedStoreAsync<T>(string? database, Func<PlanStore, Task<UseCaseResult<T>>> work, CancellationToken cancellationToken)
        where T : class =>
        GuardedAsync(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Shared.GetOrAdd(database ?? string.Empty, _ =>
            {
                var location = DatabaseLocation.Parse(database);
                return new PlanStore(KarsaDbContextFactory.For(location), location);
            }));
        }, work);

    /// <summary>Opens a store with <paramref name="open"/> and runs <paramref name="work"/> on it; storage and domain refusals become errors.</summary>
    internal static async Task<UseCaseResult<T>> GuardedAsync<TStore, T>(Func<Task<TStore>> open, Func<TStore, Task<UseCaseResult<T>>> work)
        where T : class
    {
        try
        {
            var store = await open().ConfigureAwait(false);
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
