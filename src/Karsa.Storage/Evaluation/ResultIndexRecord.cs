namespace Karsa.Storage.Evaluation;

/// <summary>
/// One dimension's index in a published result (table <c>evaluation_result_indices</c>): an evaluation
/// dimension (<see cref="EvaluationFamily"/>) or a smart-city dimension (<see cref="SmartCityFamily"/>).
/// </summary>
public sealed class ResultIndexRecord
{
    /// <summary>The family of an evaluation dimension.</summary>
    public const string EvaluationFamily = "evaluation";

    /// <summary>The family of a smart-city dimension.</summary>
    public const string SmartCityFamily = "smartCity";

    /// <summary>The result's id.</summary>
    public long ResultId { get; set; }

    /// <summary><see cref="EvaluationFamily"/> or <see cref="SmartCityFamily"/>.</summary>
    public required string Family { get; set; }

    /// <summary>The dimension's name.</summary>
    public required string Dimension { get; set; }

    /// <summary>The exact index.</summary>
    public decimal Index { get; set; }

    /// <summary>How many questions count in it.</summary>
    public int Questions { get; set; }

    /// <summary>How many of them had no verified score.</summary>
    public int Unanswered { get; set; }
}
