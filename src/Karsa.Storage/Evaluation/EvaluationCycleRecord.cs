namespace Karsa.Storage.Evaluation;

/// <summary>
/// One evaluation cycle (table <c>evaluation_cycles</c>): its year, name, state, answer scale and the
/// weights of the evaluation dimensions; its questions are <see cref="EvaluationQuestionRecord"/> rows.
/// Every write to the cycle or its regions first updates this row on the condition that the state is
/// still the one the writer read, so a write never lands in a cycle that has moved on.
/// </summary>
public sealed class EvaluationCycleRecord
{
    /// <summary>The cycle's id.</summary>
    public long Id { get; set; }

    /// <summary>The fiscal year evaluated.</summary>
    public int FiscalYear { get; set; }

    /// <summary>The name in Indonesian.</summary>
    public required string Title { get; set; }

    /// <summary>The name in English, if given.</summary>
    public string? TitleEnglish { get; set; }

    /// <summary>The state's name (<see cref="Karsa.Monitoring.Evaluation.Workflow.CycleState"/>).</summary>
    public required string State { get; set; }

    /// <summary>The weight preset the cycle started from, if any (e.g. <c>10-20-30-30-10</c>).</summary>
    public string? WeightPreset { get; set; }

    /// <summary>The scale's lowest score.</summary>
    public decimal ScaleMinimum { get; set; }

    /// <summary>The scale's highest score.</summary>
    public decimal ScaleMaximum { get; set; }

    /// <summary>The scale's decimals.</summary>
    public int ScaleDecimals { get; set; }

    /// <summary>Baseline weight, in percent.</summary>
    public decimal WeightBaseline { get; set; }

    /// <summary>Output weight, in percent.</summary>
    public decimal WeightOutput { get; set; }

    /// <summary>Outcome weight, in percent.</summary>
    public decimal WeightOutcome { get; set; }

    /// <summary>Impact weight, in percent.</summary>
    public decimal WeightImpact { get; set; }

    /// <summary>Quick Win weight, in percent.</summary>
    public decimal WeightQuickWin { get; set; }

    /// <summary>Who changed the cycle last.</summary>
    public required string UpdatedBy { get; set; }

    /// <summary>When the cycle or one of its regions last changed (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the results were published (UTC); null before.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The questions, by position.</summary>
    public List<EvaluationQuestionRecord> Questions { get; set; } = [];
}
