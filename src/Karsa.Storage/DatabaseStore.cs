using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>
/// What every store of Karsa shares: the database it opens, the schema it creates or upgrades on its first
/// write, and the rule that a database failure leaves a store as a <see cref="StorageException"/> naming
/// the database. Thread-safe; one instance may serve a web host.
/// </summary>
public abstract class DatabaseStore
{
    private protected DatabaseStore(IDbContextFactory<KarsaDbContext> contexts, DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        ArgumentNullException.ThrowIfNull(location);
        (Contexts, Location, Schema) = (contexts, location, new StoreSchema(location));
    }

    /// <summary>Where the store is.</summary>
    public DatabaseLocation Location { get; }

    private protected IDbContextFactory<KarsaDbContext> Contexts { get; }

    private protected StoreSchema Schema { get; }

    /// <summary>
    /// Creates or upgrades the schema now (a web host may call it at start-up), as the first write would.
    /// Safe when several processes do it at once: the migrations take a database lock.
    /// </summary>
    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        WithContext(async context =>
        {
            await Schema.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            return true;
        });

    /// <summary>Runs <paramref name="work"/> on a new context; a database failure becomes a <see cref="StorageException"/>.</summary>
    private protected async Task<T> WithContext<T>(Func<KarsaDbContext, Task<T>> work)
    {
        try
        {
            await using var context = await Contexts.CreateDbContextAsync().ConfigureAwait(false);
            return await work(context).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not StorageException && StoreFailures.IsDatabaseFailure(error))
        {
            throw StoreFailures.Refused(Location, error);
        }
    }
}
