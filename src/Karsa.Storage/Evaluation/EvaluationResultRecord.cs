namespace Karsa.Storage.Evaluation;

/// <summary>
/// A region's published result of a cycle (table <c>evaluation_results</c>): the exact overall index,
/// kept with the cycle's id and year so rankings (one cycle, every region) and year-over-year (one
/// region, every cycle) read it directly; its dimension indices are <see cref="ResultIndexRecord"/>
/// rows. Written once, when the cycle is published, and never changed.
/// </summary>
public sealed class EvaluationResultRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The cycle's id.</summary>
    public long CycleId { get; set; }

    /// <summary>The cycle's fiscal year.</summary>
    public int FiscalYear { get; set; }

    /// <summary>The region's Home Affairs code.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The exact overall index.</summary>
    public decimal Overall { get; set; }

    /// <summary>When it was published (UTC).</summary>
    public DateTimeOffset PublishedAt { get; set; }

    /// <summary>The index of each evaluation and smart-city dimension.</summary>
    public List<ResultIndexRecord> Indices { get; set; } = [];
}
