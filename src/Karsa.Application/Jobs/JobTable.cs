using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Storage;

namespace Karsa.Application.Jobs;

/// <summary>Opens the jobs table of a database (the <c>--db</c> value) and turns its failures into typed errors, in one place.</summary>
internal static class JobTable
{
    /// <summary>
    /// Runs <paramref name="work"/> on a fresh context of <paramref name="database"/>, again on a fresh
    /// context while a SQLite file is busy with another writer (the scheduler or another request).
    /// </summary>
    public static Task<UseCaseResult<T>> WithContextAsync<T>(string? database, Func<KarsaDbContext, Task<UseCaseResult<T>>> work)
        where T : class =>
        ContextWork.RunAsync(database, message => new LocalizedText(
            $"Tabel pekerjaan tidak dapat dibaca atau ditulis: {message}", $"The jobs table cannot be read or written: {message}"), work);

    /// <summary>The error for a job that does not exist.</summary>
    public static UseCaseError NotFound(Guid id) => UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
        $"Pekerjaan {id} tidak ditemukan: mungkin sudah dihapus, atau tautannya salah.", $"Job {id} was not found: it may have been removed, or the link is wrong."));
}
