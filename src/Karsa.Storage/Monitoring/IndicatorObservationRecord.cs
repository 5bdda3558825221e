namespace Karsa.Storage.Monitoring;

/// <summary>
/// One stored observation (table <c>indicator_observations</c>): a region's value of an indicator for
/// a period. (region, framework, code, period start, period end) is unique: recording it again
/// replaces the value, its source and evidence, and who recorded it when.
/// </summary>
public sealed class IndicatorObservationRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The region's Home Affairs code, e.g. 33.13.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The framework's file key, e.g. <c>u4ssc</c>, <c>local</c>.</summary>
    public required string Framework { get; set; }

    /// <summary>The indicator's code within the framework.</summary>
    public required string Code { get; set; }

    /// <summary>The period's kind: year, quarter, month or range.</summary>
    public required string PeriodKind { get; set; }

    /// <summary>The period's first day.</summary>
    public DateOnly PeriodStart { get; set; }

    /// <summary>The period's last day (inclusive).</summary>
    public DateOnly PeriodEnd { get; set; }

    /// <summary>The measured value.</summary>
    public decimal Value { get; set; }

    /// <summary>Where the value comes from.</summary>
    public required string Source { get; set; }

    /// <summary>The evidence file's id, if any.</summary>
    public string? EvidenceId { get; set; }

    /// <summary>Who recorded the value.</summary>
    public required string RecordedBy { get; set; }

    /// <summary>When the value was recorded (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
