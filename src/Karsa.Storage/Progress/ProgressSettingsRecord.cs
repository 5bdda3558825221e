namespace Karsa.Storage.Progress;

/// <summary>
/// A region's progress settings (table <c>progress_settings</c>): its status list and weighting rule,
/// one row per region, stored as JSON documents. <see cref="Revision"/> is the concurrency token.
/// </summary>
public sealed class ProgressSettingsRecord
{
    /// <summary>The region's Home Affairs code, e.g. 33.13 (the key).</summary>
    public required string RegionCode { get; set; }

    /// <summary>The statuses as JSON: <c>[{"key", "id", "en", "percent", "meaning"}]</c>.</summary>
    public required string Statuses { get; set; }

    /// <summary>The weighting basis: <c>planned-cost</c> or <c>set-weights</c>.</summary>
    public required string WeightBasis { get; set; }

    /// <summary>The set weights as JSON, programme code to weight (empty for planned cost).</summary>
    public required string Weights { get; set; }

    /// <summary>Who made the last change.</summary>
    public required string UpdatedBy { get; set; }

    /// <summary>When the last change was made (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The concurrency token: 1 for the first save, raised by every change.</summary>
    public int Revision { get; set; }
}
