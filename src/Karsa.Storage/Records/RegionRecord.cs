namespace Karsa.Storage.Records;

/// <summary>A region row: one per Home Affairs code, shared by all its masterplan versions.</summary>
public sealed class RegionRecord
{
    /// <summary>Home Affairs code, e.g. "33.13" (primary key).</summary>
    public required string Code { get; set; }

    /// <summary>Region name without its kind.</summary>
    public required string Name { get; set; }

    /// <summary>"Kabupaten" or "Kota".</summary>
    public required string Kind { get; set; }

    /// <summary>Province name.</summary>
    public required string Province { get; set; }

    /// <summary>
    /// The year the region joined the Gerakan Menuju 100 Smart City programme (2017, 2018, 2019, 2021, ...),
    /// from its newest plan; null when the plan does not say.
    /// </summary>
    public int? Cohort { get; set; }

    /// <summary>The region's masterplan versions.</summary>
    public List<PlanVersionRecord> Versions { get; } = [];
}
