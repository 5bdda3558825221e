using Karsa.Storage;
using Npgsql;
using Xunit;

namespace Karsa.Testing.Databases;

/// <summary>
/// Fresh, empty databases for tests: a SQLite file in a temporary folder, or a new PostgreSQL
/// database on the server named by KARSA_TEST_POSTGRES (created and dropped per test). Without that
/// variable PostgreSQL tests skip, except with CI=true, where they fail.
/// </summary>
public static class TestDatabases
{
    public const string PostgresVariable = "KARSA_TEST_POSTGRES";

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Sqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "karsa-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "karsa.db");
        return new TestDatabase(path, () => DeleteFolder(folder));
    }

    /// <summary>
    /// Deletes a test's folder. A file may still appear in it for a moment after the app under test
    /// stopped (SQLite's journal of a last write), so a folder that is not empty yet is tried again.
    /// </summary>
    private static void DeleteFolder(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10 && Directory.Exists(folder))
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }

    public static TestDatabase Postgres()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrEmpty(server))
        {
            if (InCi)
            {
                throw new InvalidOperationException($"CI=true but {PostgresVariable} is not set: .ci/run must start PostgreSQL.");
            }

            Skip.If(true, $"PostgreSQL tests skipped: set {PostgresVariable} to a server connection string (see README) to run them.");
        }

        var name = "karsa_test_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            Execute(server!, $"CREATE DATABASE {name}");
        }
        catch (NpgsqlException error) when (!InCi)
        {
            Skip.If(true, $"PostgreSQL tests skipped: the server in {PostgresVariable} is unreachable ({error.Message}).");
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        return new TestDatabase(builder.ConnectionString, () => Drop(server!, name));
    }

    /// <summary>
    /// Drops a test database. FORCE cannot end a server process of another role (an autovacuum worker
    /// that happens to be on it: SQLSTATE 42501), so that refusal is retried after a moment.
    /// </summary>
    private static void Drop(string server, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Execute(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
                return;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }

    private static void Execute(string server, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A database for one test; disposing it removes it.</summary>
public sealed class TestDatabase(string db, Action cleanup) : IDisposable
{
    /// <summary>The value to pass as <c>--db</c>.</summary>
    public string Db { get; } = db;

    public DatabaseLocation Location => DatabaseLocation.Parse(Db);

    public void Dispose() => cleanup();
}
