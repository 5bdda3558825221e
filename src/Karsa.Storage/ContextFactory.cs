using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Karsa.Storage;

/// <summary>Builds the provider's context for a database location.</summary>
internal static class ContextFactory
{
    public static Func<KarsaDbContext> For(DatabaseLocation location) => location.Provider switch
    {
        DatabaseProvider.Sqlite => () => new SqliteKarsaDbContext(
            new DbContextOptionsBuilder<SqliteKarsaDbContext>().UseSqlite(location.ConnectionString).Options),
        _ => () => new PostgresKarsaDbContext(
            new DbContextOptionsBuilder<PostgresKarsaDbContext>().UseNpgsql(location.ConnectionString).Options),
    };
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
    public PostgresDesignTimeFactory()
    {
    }

    public PostgresKarsaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKarsaDbContext>().UseNpgsql("Host=localhost;Database=karsa_design").Options);
}
