namespace Karsa.Storage.Records;

/// <summary>
/// A programme of a stored plan version, projected for queries across plans and regions (e.g. every
/// tourism programme in Central Java). Rebuilt from the plan content on every save.
/// </summary>
public sealed class ProgrammeRecord
{
    /// <summary>Surrogate key.</summary>
    public int Id { get; set; }

    /// <summary>The plan version it belongs to.</summary>
    public int PlanVersionId { get; set; }

    /// <summary>Programme code.</summary>
    public required string Code { get; set; }

    /// <summary>Programme name (Indonesian).</summary>
    public required string Name { get; set; }

    /// <summary>Dimension key.</summary>
    public required string Dimension { get; set; }

    /// <summary>Element code.</summary>
    public required string Element { get; set; }

    /// <summary>Lead agency code.</summary>
    public required string LeadAgency { get; set; }

    /// <summary>Run length in years; null when not known (a running or existing service, or a new programme not estimated yet), never 0.</summary>
    public int? DurationYears { get; set; }

    /// <summary>Total cost in whole Rupiah.</summary>
    public long TotalCost { get; set; }

    /// <summary>Quick-win candidate flag.</summary>
    public bool QuickWinCandidate { get; set; }

    /// <summary>Mandatory flag.</summary>
    public bool Mandatory { get; set; }
}
