using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Karsa.Storage;

/// <summary>
/// Makes the provider's <see cref="KarsaDbContext"/> for a database location: one short-lived context
/// per unit of work, safe to share between threads (register it as a singleton).
/// </summary>
/// <remarks>
/// <see cref="For"/> gives the one factory of a database for the whole process: its contexts come from a
/// pool (EF Core's <see cref="PooledDbContextFactory{TContext}"/>), reset and reused when disposed, so a
/// read does not build a context's internal services and options anew. A pooled context must not be
/// used after it is disposed (it may already serve another unit of work).
/// </remarks>
public sealed class KarsaDbContextFactory : IDbContextFactory<KarsaDbContext>
{
    /// <summary>How many idle contexts a database's pool keeps (more are made when needed, and dropped on return).</summary>
    public const int PoolSize = 128;

    private static readonly ConcurrentDictionary<(DatabaseProvider Provider, string ConnectionString), KarsaDbContextFactory> Shared = new();

    private readonly Func<KarsaDbContext> _create;

    /// <summary>
    /// Creates a factory of its own, with unpooled contexts; <paramref name="configure"/> may add to the
    /// options (e.g. logging, or an interceptor in tests). Use <see cref="For"/> otherwise.
    /// </summary>
    public KarsaDbContextFactory(DatabaseLocation location, Action<DbContextOptionsBuilder>? configure = null)
        : this(location, configure, pooled: false)
    {
    }

    private KarsaDbContextFactory(DatabaseLocation location, Action<DbContextOptionsBuilder>? configure, bool pooled)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new DbContextOptionsBuilder<SqliteKarsaDbContext>().UseSqlite(location.ConnectionString)
                .AddInterceptors(SqliteConnectionTuning.Instance, WriteGenerations.InterceptorFor(location));
            configure?.Invoke(builder);
            _create = Maker(builder.Options, options => new SqliteKarsaDbContext(options), pooled);
        }
        else
        {
            var builder = new DbContextOptionsBuilder<PostgresKarsaDbContext>().UseNpgsql(location.ConnectionString)
                .AddInterceptors(WriteGenerations.InterceptorFor(location));
            configure?.Invoke(builder);
            _create = Maker(builder.Options, options => new PostgresKarsaDbContext(options), pooled);
        }
    }

    /// <summary>The process's one factory of <paramref name="location"/>, with pooled contexts.</summary>
    public static KarsaDbContextFactory For(DatabaseLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return Shared.GetOrAdd((location.Provider, location.ConnectionString), _ => new KarsaDbContextFactory(location, null, pooled: true));
    }

    /// <inheritdoc />
    public KarsaDbContext CreateDbContext() => _create();

    private static Func<KarsaDbContext> Maker<TContext>(DbContextOptions<TContext> options, Func<DbContextOptions<TContext>, TContext> create, bool pooled)
        where TContext : KarsaDbContext
    {
        if (!pooled)
        {
            return () => create(options);
        }

        var pool = new PooledDbContextFactory<TContext>(options, PoolSize);
        return pool.CreateDbContext;
    }
}

/// <summary>Design-time factory so <c>dotnet ef migrations add --context SqliteKarsaDbContext</c> works.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteKarsaDbContext>
{
    public SqliteKarsaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKarsaDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Design-time factory so <c>dotnet ef migrations add --context PostgresKarsaDbContext</c> works.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresKarsaDbContext>
{
    public PostgresKarsaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKarsaDbContext>().UseNpgsql("Host=localhost;Database=karsa_design").Options);
}
