using System.Data.Common;
using Karsa.Domain.Primitives;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Karsa.Storage;

/// <summary>How failures of the database become errors the user can act on.</summary>
internal static class StoreFailures
{
    private const int SqliteConstraint = 19;
    private const int SqliteReadOnly = 8;

    /// <summary>True for failures of the database or its file (not for bugs).</summary>
    public static bool IsDatabaseFailure(Exception error) => error is DbUpdateException or DbException or TimeoutException or IOException or UnauthorizedAccessException
        || (error is InvalidOperationException && error.InnerException is DbException or IOException);

    /// <summary>True when another writer got there first: a stale row version or a taken unique key.</summary>
    public static bool IsLostRace(Exception error) => error is DbUpdateConcurrencyException || error.GetBaseException() switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal),
        _ => false,
    };

    public static StorageException Refused(DatabaseLocation location, Exception error)
    {
        if (error.GetBaseException() is SqliteException { SqliteErrorCode: SqliteReadOnly })
        {
            return new StorageException(new LocalizedText(
                $"Basis data {location.Display} hanya dapat dibaca: daftar dan ekspor tetap bisa, tetapi menyimpan butuh izin tulis pada berkas dan foldernya. Tidak ada yang diubah.",
                $"The database {location.Display} is read-only: listing and export work, but saving needs write access to the file and its folder. Nothing was changed."), error);
        }

        var cause = error.GetBaseException().Message;
        return new StorageException(new LocalizedText(
            $"Basis data {location.Display} menolak operasi: {cause}. Tidak ada yang diubah.",
            $"The database {location.Display} refused the operation: {cause}. Nothing was changed."), error);
    }

    public static StorageException NotFound(RegionCode region, int? version) => new(version is null
        ? new LocalizedText($"Belum ada rencana tersimpan untuk wilayah {region}.", $"No plan is stored for region {region}.")
        : new LocalizedText($"Wilayah {region} tidak punya versi {version}.", $"Region {region} has no version {version}."))
    {
        IsNotFound = true,
    };
}
