namespace Karsa.Storage.Records;

/// <summary>
/// One version of a region's masterplan. The plan itself is kept whole as its canonical JSON plan file
/// (<see cref="Content"/>), the source of truth; the other columns and <see cref="Programmes"/> are
/// projections of it for listing and querying across regions.
/// </summary>
public sealed class PlanVersionRecord
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The region's code.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The region.</summary>
    public RegionRecord? Region { get; set; }

    /// <summary>Version number within the region, from 1.</summary>
    public int Version { get; set; }

    /// <summary>"Draft" or "Published".</summary>
    public required string State { get; set; }

    /// <summary>Plan title (Indonesian).</summary>
    public required string Title { get; set; }

    /// <summary>First fiscal year.</summary>
    public int FirstYear { get; set; }

    /// <summary>Last fiscal year.</summary>
    public int LastYear { get; set; }

    /// <summary>The canonical JSON plan file.</summary>
    public required string Content { get; set; }

    /// <summary>
    /// SHA-256 of <see cref="Content"/>, hex: tells whether a re-import changes anything, and is the
    /// version's concurrency token (a save or publish that started from another token is refused).
    /// </summary>
    public required string ContentHash { get; set; }

    /// <summary>When this version was first stored (UTC). Storage metadata: never exported.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it was last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who last changed it, when the caller said (e.g. a web user's name); null for anonymous saves.</summary>
    public string? UpdatedBy { get; set; }

    /// <summary>When it was published (UTC), if it was.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>Programme projection rows.</summary>
    public List<ProgrammeRecord> Programmes { get; } = [];
}
