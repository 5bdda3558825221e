namespace Karsa.Interchange.Spreadsheets;

/// <summary>
/// Safety limits for reading an uploaded workbook. Sizes are checked from the zip directory before
/// anything is inflated (.NET's zip reader never yields more than an entry's declared size).
/// </summary>
public sealed record SpreadsheetLimits
{
    /// <summary>The defaults: room for tens of thousands of rows, far below what would strain a server.</summary>
    public static SpreadsheetLimits Default { get; } = new();

    /// <summary>Largest upload, in bytes (compressed file).</summary>
    public long MaxFileBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>Most zip entries.</summary>
    public int MaxEntries { get; init; } = 256;

    /// <summary>Largest uncompressed size of one entry, in bytes.</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all entries together, in bytes.</summary>
    public long MaxTotalBytes { get; init; } = 160L * 1024 * 1024;

    /// <summary>Highest ratio of uncompressed to compressed size for entries over <see cref="RatioCheckedFromBytes"/>.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Entries at least this large (uncompressed) must respect <see cref="MaxCompressionRatio"/>.</summary>
    public long RatioCheckedFromBytes { get; init; } = 1024 * 1024;

    /// <summary>Most rows read from a data sheet, header included; reading stops past it.</summary>
    public int MaxRows { get; init; } = 20_000;

    /// <summary>Longest text accepted in a cell.</summary>
    public int MaxTextLength { get; init; } = 4_000;

    /// <summary>Most problems reported; the rest are not listed.</summary>
    public int MaxProblems { get; init; } = 500;
}
