using Npgsql;

namespace Karsa.Bench.Observations;

/// <summary>A fresh database for one provider's run: a SQLite file in the bench folder, or a new PostgreSQL database dropped afterwards.</summary>
internal sealed class BenchDatabase(string db, Action cleanup) : IDisposable
{
    /// <summary>The <c>--db</c> value.</summary>
    public string Db { get; } = db;

    public static BenchDatabase Create(string provider, string folder)
    {
        if (provider == "sqlite")
        {
            return new BenchDatabase(Path.Combine(folder, "karsa.db"), () => { });
        }

        var server = Environment.GetEnvironmentVariable("KARSA_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("KARSA_TEST_POSTGRES")
            ?? throw new InvalidOperationException("set KARSA_BENCH_POSTGRES (or KARSA_TEST_POSTGRES) to a PostgreSQL server connection string");
        var name = "karsa_bench_" + Guid.NewGuid().ToString("N")[..12];
        Execute(server, $"CREATE DATABASE {name}");
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new BenchDatabase(builder.ConnectionString, () =>
        {
            NpgsqlConnection.ClearAllPools();
            Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    public void Dispose() => cleanup();

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
