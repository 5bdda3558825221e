namespace Karsa.Storage.Evaluation;

/// <summary>One finding of the evaluator about a region in a cycle (table <c>evaluation_findings</c>), in the evaluator's order.</summary>
public sealed class FindingRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The cycle's id.</summary>
    public long CycleId { get; set; }

    /// <summary>The region's Home Affairs code.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The finding's place in the list, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The kind's name (<see cref="Karsa.Monitoring.Evaluation.Assessment.FindingKind"/>).</summary>
    public required string Kind { get; set; }

    /// <summary>The finding in Indonesian.</summary>
    public required string Text { get; set; }

    /// <summary>The finding in English, if given.</summary>
    public string? TextEnglish { get; set; }

    /// <summary>The evaluation dimension it concerns, if any.</summary>
    public string? EvaluationDimension { get; set; }

    /// <summary>The smart-city dimension it concerns, if any.</summary>
    public string? SmartCityDimension { get; set; }
}
