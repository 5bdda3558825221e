using Karsa.Domain.Diagnostics;

namespace Karsa.Monitoring.Evaluation.Assessment;

/// <summary>
/// The score that counts for one question, with the evaluator's note and, for a score prefilled from
/// Karsa's data, its <see cref="Source"/> and whether the evaluator confirmed or overrode it. Made only
/// through its factories, so the state always matches the source.
/// </summary>
public sealed record VerifiedScore
{
    private VerifiedScore(QuestionCode question, decimal score, string? note, ScoreState state, DataSource? source) =>
        (Question, Score, Note, State, Source) = (question, score, string.IsNullOrWhiteSpace(note) ? null : note, state, source);

    /// <summary>
    /// A stored score as it was saved. The state must match the source (the evaluator's own score has
    /// none, every other state has one); a mismatch means the stored row is corrupt and is refused.
    /// </summary>
    public static VerifiedScore Restore(QuestionCode question, decimal score, string? note, ScoreState state, DataSource? source) =>
        (state == ScoreState.Verified) == (source is null)
            ? new(question, score, note, state, source)
            : throw new InvalidOperationException($"a stored score of {question} in state {state} {(source is null ? "lacks" : "has")} a data source");

    /// <summary>The question scored.</summary>
    public QuestionCode Question { get; }

    /// <summary>The score; checked against the cycle's scale when recorded.</summary>
    public decimal Score { get; }

    /// <summary>The evaluator's note.</summary>
    public string? Note { get; }

    /// <summary>Where the score came from and whether it was accepted.</summary>
    public ScoreState State { get; }

    /// <summary>The data a prefilled score was derived from; null for the evaluator's own score.</summary>
    public DataSource? Source { get; }

    /// <summary>A score the evaluator gives.</summary>
    public static VerifiedScore ByEvaluator(QuestionCode question, decimal score, string? note = null) =>
        new(question, score, note, ScoreState.Verified, null);

    /// <summary>A score derived from Karsa's data by the scale's one rule (<see cref="AnswerScale.FromShare"/>), awaiting the evaluator.</summary>
    public static VerifiedScore Prefilled(QuestionCode question, DataSource source, AnswerScale scale) =>
        new(question, scale.FromShare(source.Share), null, ScoreState.Prefilled, source);

    /// <summary>The evaluator accepts the prefilled score as it is.</summary>
    public VerifiedScore Confirm(string? note = null) => State == ScoreState.Prefilled
        ? new(Question, Score, note, ScoreState.Confirmed, Source)
        : throw new InvalidOperationException($"only a prefilled score can be confirmed; {Question} is {State}");

    /// <summary>
    /// The evaluator replaces a prefilled (or confirmed) score with their own, saying why
    /// (KRS007 at <c>note</c> when blank). The source stays visible next to the new score.
    /// </summary>
    public VerifiedScore Override(decimal score, string note)
    {
        if (Source is null)
        {
            throw new InvalidOperationException($"only a score derived from data can be overridden; {Question} is the evaluator's own");
        }

        return string.IsNullOrWhiteSpace(note)
            ? throw new DomainException(Problems.EmptyText().Under("note"))
            : new(Question, score, note, ScoreState.Overridden, Source);
    }
}
