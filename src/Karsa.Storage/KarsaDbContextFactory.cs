using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Karsa.Storage;

/// <summary>
/// Makes the provider's <see cref="KarsaDbContext"/> for a database location: one short-lived context
/// per unit of work, safe to share between threads (register it as a singleton).
/// </summary>
public sealed class KarsaDbContextFactory : IDbContextFactory<KarsaDbContext>
{
    private readonly Func<KarsaDbContext> _create;

    /// <summary>
    /// Creates the factory; <paramref name="configure"/> may add to the options (e.g. logging, or an
    /// interceptor in tests).
    /// </summary>
    public KarsaDbContextFactory(DatabaseLocation location, Action<DbContextOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider == DatabaseProvider.Sqlite)
        {
            var builder = new DbContextOptionsBuilder<SqliteKarsaDbContext>().UseSqlite(location.ConnectionString)
                .AddInterceptors(SqliteConnectionTuning.Instance, WriteGenerations.InterceptorFor(location));
            configure?.Invoke(builder);
            var options = builder.Options;
            _create = () => new SqliteKarsaDbContext(options);
        }
        else
        {
            var builder = new DbContextOptionsBuilder<PostgresKarsaDbContext>().UseNpgsql(location.ConnectionString)
                .AddInterceptors(WriteGenerations.InterceptorFor(location));
            configure?.Invoke(builder);
            var options = builder.Options;
            _create = () => new PostgresKarsaDbContext(options);
        }
    }

    /// <inheritdoc />
    public KarsaDbContext CreateDbContext() => _create();
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
