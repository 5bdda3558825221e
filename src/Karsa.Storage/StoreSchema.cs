using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage;

/// <summary>
/// The state of a store's schema: created or upgraded only before a write, and checked, without
/// writing, before a read. Several processes may migrate one database at once: EF Core locks SQLite
/// for the whole migration, but its PostgreSQL lock ends with each migration's transaction, so there a
/// session advisory lock is held around the whole migration as well.
/// </summary>
internal sealed class StoreSchema(DatabaseLocation location)
{
    /// <summary>The PostgreSQL advisory lock key of Karsa's migrations (any fixed number; "KARSA" in ASCII).</summary>
    private const long MigrationLock = 0x4B_41_52_53_41;

    private volatile bool _current;

    /// <summary>Creates or upgrades the schema, once per store.</summary>
    public async Task MigrateAsync(KarsaDbContext context, CancellationToken cancellationToken)
    {
        if (_current)
        {
            return;
        }

        if (location.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(location.Display)!);
        }

        if (location.Provider == DatabaseProvider.PostgreSql && await context.Database.CanConnectAsync(cancellationToken).ConfigureAwait(false))
        {
            await MigrateLockedAsync(context, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        if (location.Provider == DatabaseProvider.Sqlite)
        {
            await UseRollbackJournalAsync(context, cancellationToken).ConfigureAwait(false);
        }

        _current = true;
    }

    /// <summary>
    /// EF Core creates SQLite files in WAL mode, which needs a writable folder even to read (for its
    /// shared-memory file). The rollback journal lets a read-only file in a read-only folder be read;
    /// while another connection holds the file the mode stays as it is, to be switched by a later write.
    /// </summary>
    private static async Task UseRollbackJournalAsync(KarsaDbContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = DELETE", cancellationToken).ConfigureAwait(false);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // Busy: another connection is open; the next write tries again.
        }
    }

    private static async Task MigrateLockedAsync(KarsaDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLock})", cancellationToken).ConfigureAwait(false);
            try
            {
                await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await context.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None).ConfigureAwait(false);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// True when the schema is current; false when the database is missing or holds no Karsa tables yet
    /// (nothing stored). Throws when it was made by an older or newer Karsa.
    /// </summary>
    public async Task<bool> ReadableAsync(KarsaDbContext context, CancellationToken cancellationToken)
    {
        if (_current)
        {
            return true;
        }

        if (location.Provider == DatabaseProvider.Sqlite && !File.Exists(location.Display))
        {
            return false;
        }

        var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        var known = context.Database.GetMigrations().ToList();
        if (applied.Count == 0)
        {
            return false;
        }

        if (applied.Except(known, StringComparer.Ordinal).Any())
        {
            throw new StorageException(new LocalizedText(
                $"Basis data {location.Display} dibuat oleh Karsa yang lebih baru ({applied[^1]}); perbarui Karsa untuk membacanya.",
                $"The database {location.Display} was made by a newer Karsa ({applied[^1]}); update Karsa to read it."));
        }

        if (known.Except(applied, StringComparer.Ordinal).Any())
        {
            throw new StorageException(new LocalizedText(
                $"Basis data {location.Display} dibuat oleh Karsa yang lebih lama dan perlu ditingkatkan: jalankan perintah yang menyimpan (mis. 'karsa import BERKAS') dengan izin tulis; isinya dipertahankan.",
                $"The database {location.Display} was made by an older Karsa and needs an upgrade: run a command that saves (e.g. 'karsa import FILE') with write access; its contents are kept."));
        }

        _current = true;
        return true;
    }
}
