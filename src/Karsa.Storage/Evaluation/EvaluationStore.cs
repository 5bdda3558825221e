using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Workflow;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Evaluation;

/// <summary>
/// Stores the ministry's evaluation in SQLite or PostgreSQL: cycles with their instruments, each
/// region's self-assessment, verified scores and findings, and the published results. Every write is
/// one transaction that starts by touching the cycle's row on the condition that its state is still the
/// one the caller decided on (<c>expected</c>): a cycle that moved on meanwhile refuses the write as a
/// <see cref="ConcurrencyConflictException"/>, so nothing lands in a published, frozen cycle, and the
/// row lock orders concurrent writers of one cycle. Reads never write. Thread-safe.
/// </summary>
public sealed partial class EvaluationStore : DatabaseStore
{
    /// <summary>Creates the store over <paramref name="contexts"/>, which open the database at <paramref name="location"/>.</summary>
    public EvaluationStore(IDbContextFactory<KarsaDbContext> contexts, DatabaseLocation location)
        : base(contexts, location)
    {
    }

    /// <summary>The store at <paramref name="location"/>; the schema is created or upgraded by the first write.</summary>
    public static EvaluationStore Open(DatabaseLocation location) => new(KarsaDbContextFactory.For(location), location);


    /// <summary>Runs <paramref name="work"/> in one transaction, after checking that the cycle is in <paramref name="expected"/> (and stamping it).</summary>
    private Task<T> WriteAsync<T>(long cycle, CycleState expected, Stamp stamp, Func<KarsaDbContext, Task<T>> work, CancellationToken cancellationToken) =>
        WithContext(async context =>
        {
            await Schema.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var state = expected.ToString();
            var touched = await context.EvaluationCycles.Where(c => c.Id == cycle && c.State == state)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.UpdatedAt, stamp.At).SetProperty(c => c.UpdatedBy, stamp.By), cancellationToken)
                .ConfigureAwait(false);
            if (touched == 0)
            {
                var now = await context.EvaluationCycles.AsNoTracking().Where(c => c.Id == cycle).Select(c => c.State).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                throw now is null ? CycleNotFound(cycle) : StateChanged(cycle, expected, Enum.Parse<CycleState>(now));
            }

            var result = await work(context).ConfigureAwait(false);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        });

    internal static StorageException CycleNotFound(long cycle) =>
        new(new LocalizedText($"Siklus evaluasi {cycle} tidak ada.", $"There is no evaluation cycle {cycle}.")) { IsNotFound = true };

    private static ConcurrencyConflictException StateChanged(long cycle, CycleState expected, CycleState now) => new(
        $"Evaluation cycle {cycle} is {now.Name().In(Language.English)}, no longer {expected.Name().In(Language.English)}; nothing was changed. Reload and try again.");

    private static Stamp StampOf(string by, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return new Stamp(by, at.ToUniversalTime());
    }
}
