using System.Data.Common;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Common;

/// <summary>Runs a use case's work on a fresh context of a database (the <c>--db</c> value) and turns its failures into typed errors, in one place.</summary>
internal static class ContextWork
{
    /// <summary>
    /// Runs <paramref name="work"/> on a fresh context of <paramref name="database"/>, again on a fresh
    /// context while a SQLite file is busy with another writer; a database failure becomes
    /// <paramref name="failure"/>'s text for the failure's message.
    /// </summary>
    public static async Task<UseCaseResult<T>> RunAsync<T>(string? database, Func<string, LocalizedText> failure, Func<KarsaDbContext, Task<UseCaseResult<T>>> work)
        where T : class
    {
        try
        {
            var contexts = KarsaDbContextFactory.For(DatabaseLocation.Parse(database));
            return await BusyDatabase.RetryAsync(async () =>
            {
                await using var context = contexts.CreateDbContext();
                return await work(context).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (StorageException problem)
        {
            return Failures.From(problem);
        }
        catch (Exception problem) when (problem is DbException or DbUpdateException or InvalidOperationException)
        {
            return UseCaseError.Of(FailureKind.Database, failure(problem.GetBaseException().Message));
        }
    }
}
