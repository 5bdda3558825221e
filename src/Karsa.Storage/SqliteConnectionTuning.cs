using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Karsa.Storage;

/// <summary>
/// Reads SQLite through a memory map on every connection it opens. SQLite keeps a row's columns in
/// order, so a column stored after a version's plan content (its hash, its times) is reached through
/// the content's overflow pages: with the map they are plain memory reads instead of a system call
/// each, which made the national list several times cheaper. Writes and locking are unchanged.
/// </summary>
internal sealed class SqliteConnectionTuning : DbConnectionInterceptor
{
    /// <summary>Up to 256 MiB of the file mapped (SQLite maps no more than the file's size).</summary>
    private const string Pragma = "PRAGMA mmap_size = 268435456";

    /// <summary>The one instance (it holds no state).</summary>
    public static SqliteConnectionTuning Instance { get; } = new();

    /// <inheritdoc />
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    /// <inheritdoc />
    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragma;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
