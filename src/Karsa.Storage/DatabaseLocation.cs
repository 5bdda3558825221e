using System.Data.Common;
using Karsa.Domain.Primitives;
using Npgsql;

namespace Karsa.Storage;

/// <summary>Which database engine holds the plans.</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for shared deployments.</summary>
    PostgreSql,
}

/// <summary>
/// Where the database is, from the <c>--db</c> value: nothing means the default SQLite file in the
/// user's data folder; a PostgreSQL connection string (<c>Host=...</c> or a <c>postgres://</c> URL)
/// means PostgreSQL; anything else is a SQLite file path.
/// </summary>
public sealed record DatabaseLocation(DatabaseProvider Provider, string ConnectionString, string Display)
{
    /// <summary>The default SQLite file: $KARSA_DATA_DIR, else $XDG_DATA_HOME/karsa, else the local application data folder.</summary>
    public static string DefaultSqlitePath
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("KARSA_DATA_DIR");
            if (string.IsNullOrEmpty(folder))
            {
                var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
                var root = string.IsNullOrEmpty(xdg) ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create) : xdg;
                folder = Path.Combine(root, "karsa");
            }

            return Path.Combine(folder, "karsa.db");
        }
    }

    /// <summary>
    /// Interprets a <c>--db</c> value. Throws <see cref="StorageException"/> naming the fault when a
    /// PostgreSQL connection string has an unknown keyword or a bad value, or a SQLite path is a folder.
    /// </summary>
    public static DatabaseLocation Parse(string? db)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            return Sqlite(DefaultSqlitePath);
        }

        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new(DatabaseProvider.PostgreSql, FromUrl(new Uri(db)), Redact(db));
        }

        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) && db.Contains(';', StringComparison.Ordinal))
        {
            return new(DatabaseProvider.PostgreSql, CheckedPostgres(db), "PostgreSQL");
        }

        return Sqlite(db);
    }

    private static DatabaseLocation Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StorageException(new LocalizedText(
                $"--db {full} adalah folder, bukan berkas basis data: beri jalur berkas, mis. {Path.Combine(full, "karsa.db")}",
                $"--db {full} is a folder, not a database file: give a file path, e.g. {Path.Combine(full, "karsa.db")}"));
        }

        // Pooled: a new connection would open the file and parse the whole schema again for every query.
        return new(DatabaseProvider.Sqlite, $"Data Source={full}", full);
    }

    /// <summary>The connection string, once every keyword and value is known to Npgsql.</summary>
    private static string CheckedPostgres(string connectionString)
    {
        var pairs = new DbConnectionStringBuilder();
        try
        {
            pairs.ConnectionString = connectionString;
        }
        catch (ArgumentException error)
        {
            throw BadConnectionString(
                $"tidak dapat diurai ({error.Message}); tulis pasangan Kunci=nilai dipisah ';'",
                $"cannot be parsed ({error.Message}); write Key=value pairs separated by ';'");
        }

        var checkedBuilder = new NpgsqlConnectionStringBuilder();
        foreach (string keyword in pairs.Keys)
        {
            if (!checkedBuilder.ContainsKey(keyword))
            {
                throw BadConnectionString(
                    $"kata kunci '{keyword}' tidak dikenal; yang umum: Host, Port, Database, Username, Password",
                    $"the keyword '{keyword}' is unknown; common ones: Host, Port, Database, Username, Password");
            }

            try
            {
                checkedBuilder[keyword] = pairs[keyword];
            }
            catch (Exception error) when (error is ArgumentException or FormatException or InvalidCastException or OverflowException)
            {
                throw BadConnectionString(
                    $"nilai '{pairs[keyword]}' untuk '{keyword}' tidak sah",
                    $"the value '{pairs[keyword]}' of '{keyword}' is not valid");
            }
        }

        return connectionString;
    }

    private static StorageException BadConnectionString(string indonesian, string english) => new(new LocalizedText(
        $"String koneksi PostgreSQL pada --db salah: {indonesian}.",
        $"The PostgreSQL connection string in --db is wrong: {english}."));

    private static string FromUrl(Uri url)
    {
        var user = url.UserInfo.Split(':', 2);
        var parts = new List<string> { $"Host={url.Host}", $"Port={(url.Port > 0 ? url.Port : 5432)}", $"Database={url.AbsolutePath.TrimStart('/')}" };
        if (user[0].Length > 0)
        {
            parts.Add($"Username={Uri.UnescapeDataString(user[0])}");
        }

        if (user.Length > 1)
        {
            parts.Add($"Password={Uri.UnescapeDataString(user[1])}");
        }

        return string.Join(';', parts);
    }

    private static string Redact(string url) => System.Text.RegularExpressions.Regex.Replace(url, "//([^:/@]+):[^@]*@", "//$1:***@");
}
