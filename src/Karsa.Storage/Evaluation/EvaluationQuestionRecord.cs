namespace Karsa.Storage.Evaluation;

/// <summary>One question of a cycle's instrument (table <c>evaluation_questions</c>); (cycle, code) is unique.</summary>
public sealed class EvaluationQuestionRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The cycle's id.</summary>
    public long CycleId { get; set; }

    /// <summary>The question's place in the questionnaire, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The question code, e.g. <c>OUT-03</c>.</summary>
    public required string Code { get; set; }

    /// <summary>The question in Indonesian.</summary>
    public required string Text { get; set; }

    /// <summary>The question in English, if given.</summary>
    public string? TextEnglish { get; set; }

    /// <summary>The evaluation dimension's name (<see cref="Karsa.Monitoring.Evaluation.EvaluationDimension"/>).</summary>
    public required string EvaluationDimension { get; set; }

    /// <summary>The smart-city dimension's name (<see cref="Karsa.Domain.Catalogue.Dimension"/>), if any.</summary>
    public string? SmartCityDimension { get; set; }

    /// <summary>The weight within its dimension.</summary>
    public decimal Weight { get; set; }

    /// <summary>Guidance in Indonesian, if any.</summary>
    public string? Guidance { get; set; }

    /// <summary>Guidance in English, if any.</summary>
    public string? GuidanceEnglish { get; set; }

    /// <summary>The prefill fact's name (<see cref="Karsa.Monitoring.Evaluation.Assessment.PrefillFact"/>), if any.</summary>
    public string? Prefill { get; set; }
}
