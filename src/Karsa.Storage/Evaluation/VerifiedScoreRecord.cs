namespace Karsa.Storage.Evaluation;

/// <summary>
/// The evaluator's score of one question for a region (table <c>evaluation_scores</c>); (cycle, region,
/// question) is unique. A score prefilled from Karsa's data keeps its source's words and share.
/// </summary>
public sealed class VerifiedScoreRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The cycle's id.</summary>
    public long CycleId { get; set; }

    /// <summary>The region's Home Affairs code.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The score's place in the region's list, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The question scored.</summary>
    public required string QuestionCode { get; set; }

    /// <summary>The score.</summary>
    public decimal Score { get; set; }

    /// <summary>The evaluator's note, if any.</summary>
    public string? Note { get; set; }

    /// <summary>The state's name (<see cref="Karsa.Monitoring.Evaluation.Assessment.ScoreState"/>).</summary>
    public required string State { get; set; }

    /// <summary>The prefill's source in Indonesian; null for the evaluator's own score.</summary>
    public string? Source { get; set; }

    /// <summary>The prefill's source in English, if given.</summary>
    public string? SourceEnglish { get; set; }

    /// <summary>The share the prefill was derived from (0..1); null for the evaluator's own score.</summary>
    public decimal? SourceShare { get; set; }

    /// <summary>Who saved the score.</summary>
    public required string ScoredBy { get; set; }

    /// <summary>When it was saved (UTC).</summary>
    public DateTimeOffset ScoredAt { get; set; }
}
