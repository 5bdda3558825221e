using System.Globalization;
using Karsa.Domain.Primitives;

namespace Karsa.Storage;

/// <summary>
/// A save or publish refused because someone else changed the region's plan since the caller read it
/// (a stale concurrency token), or won a race for the same version number. Names the newer version,
/// when it was saved and by whom (when known). Nothing was written; reload and apply the edit again.
/// </summary>
public sealed class ConcurrencyConflictException : StorageException
{
    /// <summary>Creates the conflict for <paramref name="regionCode"/> with the newer version's facts.</summary>
    public ConcurrencyConflictException(string regionCode, int newerVersion, DateTimeOffset savedAt, string? savedBy, string token, Exception? innerException = null)
        : base(Describe(regionCode, newerVersion, savedAt, savedBy), innerException)
    {
        RegionCode = regionCode;
        NewerVersion = newerVersion;
        SavedAt = savedAt;
        SavedBy = savedBy;
        Token = token;
    }

    /// <summary>Not used; present for exception conventions.</summary>
    public ConcurrencyConflictException()
        : this(string.Empty, 0, default, null, string.Empty)
    {
    }

    /// <summary>Not used; present for exception conventions.</summary>
    public ConcurrencyConflictException(string message)
        : base(message)
    {
        RegionCode = Token = string.Empty;
    }

    /// <summary>Not used; present for exception conventions.</summary>
    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        RegionCode = Token = string.Empty;
    }

    /// <summary>The region.</summary>
    public string RegionCode { get; }

    /// <summary>The newest version now stored, which the refused change did not start from.</summary>
    public int NewerVersion { get; }

    /// <summary>When that version was last saved (UTC).</summary>
    public DateTimeOffset SavedAt { get; }

    /// <summary>Who saved it, when an author was given.</summary>
    public string? SavedBy { get; }

    /// <summary>That version's concurrency token now.</summary>
    public string Token { get; }

    private static LocalizedText Describe(string region, int version, DateTimeOffset savedAt, string? savedBy)
    {
        var when = savedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        var byId = savedBy is null ? string.Empty : $" oleh {savedBy}";
        var byEn = savedBy is null ? string.Empty : $" by {savedBy}";
        return new LocalizedText(
            $"Rencana {region} telah berubah: versi {version} disimpan {when}{byId} setelah Anda mulai. Tidak ada yang diubah; muat versi {version} dan ulangi perubahan Anda.",
            $"The plan {region} has changed: version {version} was saved {when}{byEn} after you started. Nothing was changed; load version {version} and apply your change again.");
    }
}
