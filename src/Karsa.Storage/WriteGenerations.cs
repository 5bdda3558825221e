using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Karsa.Storage;

/// <summary>
/// Counts this process's committed writes per database: every saved unit of work, every committed
/// transaction and every statement that changed rows outside them (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>,
/// raw SQL) of a <see cref="KarsaDbContext"/> made by <see cref="KarsaDbContextFactory"/> raises the
/// database's generation. A value read from the database while the generation stayed the same has not
/// been changed by this process since (other processes sharing the database are not seen).
/// </summary>
public static class WriteGenerations
{
    private static readonly ConcurrentDictionary<string, Counter> Counters = new(StringComparer.Ordinal);

    /// <summary>The current generation of <paramref name="location"/> in this process (0 before its first write).</summary>
    public static long Of(DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return CounterOf(location).Value;
    }

    /// <summary>The interceptor that counts the writes of the contexts made for <paramref name="location"/>.</summary>
    internal static IInterceptor InterceptorFor(DatabaseLocation location) => CounterOf(location).Interceptor;

    private static Counter CounterOf(DatabaseLocation location) => Counters.GetOrAdd(location.ConnectionString, _ => new Counter());

    private sealed class Counter
    {
        private long _value;

        public Counter() => Interceptor = new CommitInterceptor(this);

        public IInterceptor Interceptor { get; }

        public long Value => Interlocked.Read(ref _value);

        public void Raise() => Interlocked.Increment(ref _value);
    }

    /// <summary>Raises the counter after a save (its implicit transaction), after an explicit transaction commits, and after a statement changed rows.</summary>
    private sealed class CommitInterceptor(Counter counter) : DbTransactionInterceptor, ISaveChangesInterceptor, IDbCommandInterceptor
    {
        public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            RaiseWhenChanged(result);
            return result;
        }

        public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            RaiseWhenChanged(result);
            return ValueTask.FromResult(result);
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
        {
            counter.Raise();
            base.TransactionCommitted(transaction, eventData);
        }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            counter.Raise();
            return base.TransactionCommittedAsync(transaction, eventData, cancellationToken);
        }

        public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            counter.Raise();
            return result;
        }

        public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            counter.Raise();
            return ValueTask.FromResult(result);
        }

        private void RaiseWhenChanged(int rows)
        {
            if (rows > 0)
            {
                counter.Raise();
            }
        }
    }
}
