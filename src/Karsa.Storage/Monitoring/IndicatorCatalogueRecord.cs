namespace Karsa.Storage.Monitoring;

/// <summary>
/// A user's indicator definitions file as loaded (table <c>indicator_catalogues</c>): for one region, or
/// for the whole installation (<see cref="Scope"/> empty). One per scope: loading again replaces it.
/// The text is kept as written (it was checked when loaded) and read again with the shipped catalogue.
/// </summary>
public sealed class IndicatorCatalogueRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The region's code, or empty for the installation.</summary>
    public required string Scope { get; set; }

    /// <summary>The file's name as uploaded.</summary>
    public required string FileName { get; set; }

    /// <summary>The file's text (YAML).</summary>
    public required string Text { get; set; }

    /// <summary>Who loaded it.</summary>
    public required string LoadedBy { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset LoadedAt { get; set; }
}
