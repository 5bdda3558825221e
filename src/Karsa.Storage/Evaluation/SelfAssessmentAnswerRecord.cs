namespace Karsa.Storage.Evaluation;

/// <summary>
/// A region's own answer to one question of a cycle (table <c>evaluation_answers</c>); (cycle, region,
/// question) is unique. Evidence ids are kept one per line in <see cref="Evidence"/>.
/// </summary>
public sealed class SelfAssessmentAnswerRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The cycle's id.</summary>
    public long CycleId { get; set; }

    /// <summary>The region's Home Affairs code.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The answer's place in the region's list, from 0.</summary>
    public int Position { get; set; }

    /// <summary>The question answered.</summary>
    public required string QuestionCode { get; set; }

    /// <summary>The region's score.</summary>
    public decimal Score { get; set; }

    /// <summary>The region's explanation, if any.</summary>
    public string? Explanation { get; set; }

    /// <summary>The evidence file ids, one per line; empty for none.</summary>
    public required string Evidence { get; set; }

    /// <summary>Who saved the answer.</summary>
    public required string AnsweredBy { get; set; }

    /// <summary>When it was saved (UTC).</summary>
    public DateTimeOffset AnsweredAt { get; set; }
}
