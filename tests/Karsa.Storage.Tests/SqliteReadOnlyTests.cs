using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Tests;

/// <summary>Reading never writes: a read-only SQLite database can be listed and exported.</summary>
public sealed class SqliteReadOnlyTests
{
    private static readonly RegionCode Region = new("33.13");

    /// <summary>
    /// The store over the file opened read-only by SQLite itself (so any write fails, even for root,
    /// whom file permissions do not stop).
    /// </summary>
    private static PlanStore ReadOnly(string path)
    {
        var location = new DatabaseLocation(DatabaseProvider.Sqlite, $"Data Source={path};Mode=ReadOnly;Pooling=False", path);
        return new PlanStore(new KarsaDbContextFactory(location), location);
    }

    [Fact]
    public async Task A_read_only_database_can_be_listed_and_exported()
    {
        using var database = TestDatabases.Sqlite();
        var writable = await PlanStore.OpenAsync(database.Location);
        await writable.SaveAsync(PlanStoreContract.SamplePlan());
        var expected = (await writable.LoadAsync(Region)).Json;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(database.Db, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var store = ReadOnly(database.Db);

        Assert.Single(await store.ListAsync());
        Assert.Equal(expected, (await store.LoadAsync(Region)).Write(PlanFormat.Json));
        var refused = await Assert.ThrowsAsync<StorageException>(() => store.SaveAsync(PlanStoreContract.SamplePlan("Baru")));
        Assert.Contains("read-only", refused.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_a_missing_database_creates_nothing()
    {
        using var database = TestDatabases.Sqlite();
        var store = await PlanStore.OpenAsync(database.Location);

        Assert.Empty(await store.ListAsync());
        Assert.True((await Assert.ThrowsAsync<StorageException>(() => store.LoadAsync(Region))).IsNotFound);
        Assert.False(File.Exists(database.Db));
    }

    [Fact]
    public async Task An_older_database_is_named_as_such_on_reading_and_upgraded_by_the_first_write()
    {
        using var database = TestDatabases.Sqlite();
        await using (var context = new KarsaDbContextFactory(database.Location).CreateDbContext())
        {
            await context.Database.MigrateAsync(context.Database.GetMigrations().First());
        }

        var older = await Assert.ThrowsAsync<StorageException>(() => ReadOnly(database.Db).ListAsync());
        Assert.Contains("older Karsa", older.Text.English, StringComparison.Ordinal);
        Assert.Contains("lebih lama", older.Text.Indonesian, StringComparison.Ordinal);

        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(PlanStoreContract.SamplePlan());
        Assert.Single(await ReadOnly(database.Db).ListAsync());
    }

    [Fact]
    public async Task A_database_of_another_program_reads_as_empty_without_being_changed()
    {
        using var database = TestDatabases.Sqlite();
        await using (var connection = new SqliteConnection($"Data Source={database.Db};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE other (x INTEGER)";
            await create.ExecuteNonQueryAsync();
        }

        Assert.Empty(await ReadOnly(database.Db).ListAsync());
        Assert.True((await Assert.ThrowsAsync<StorageException>(() => ReadOnly(database.Db).LoadAsync(Region))).IsNotFound);
    }

    [Fact]
    public async Task A_written_database_keeps_no_wal_side_files_so_a_read_only_folder_can_be_read()
    {
        using var database = TestDatabases.Sqlite();
        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(PlanStoreContract.SamplePlan());

        await using var connection = new SqliteConnection($"Data Source={database.Db};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var mode = connection.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode";
        Assert.Equal("delete", (string?)await mode.ExecuteScalarAsync());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(database.Db)!, "*-wal"));
    }
}
