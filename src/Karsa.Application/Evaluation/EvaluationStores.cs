using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Storage;
using Karsa.Storage.Evaluation;

namespace Karsa.Application.Evaluation;

/// <summary>Opens the evaluation store of a database (one per database for the process) and turns its failures into typed errors.</summary>
internal static class EvaluationStores
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, EvaluationStore> Shared = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="work"/> on the evaluation store of <paramref name="database"/>.</summary>
    public static Task<UseCaseResult<T>> WithStoreAsync<T>(string? database, Func<EvaluationStore, Task<UseCaseResult<T>>> work, CancellationToken cancellationToken)
        where T : class =>
        StoreAccess.GuardedAsync(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Shared.GetOrAdd(database ?? string.Empty, _ => EvaluationStore.Open(DatabaseLocation.Parse(database))));
        }, work);
}
