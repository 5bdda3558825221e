using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation.Assessment;

/// <summary>
/// The region's own answer to one question: a score on the cycle's scale (checked against the scale
/// when the self-assessment is recorded), an explanation and the ids of its evidence (data dukung).
/// Invariant: no blank evidence id (KRS007 at <c>evidence[i]</c>).
/// </summary>
public sealed record SelfAssessmentAnswer
{
    /// <summary>Creates an answer.</summary>
    public SelfAssessmentAnswer(QuestionCode question, decimal score, string? explanation = null, ValueList<string> evidence = default)
    {
        for (var i = 0; i < evidence.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(evidence[i]))
            {
                throw new DomainException(Problems.EmptyText().Under($"evidence[{i}]"));
            }
        }

        (Question, Score, Evidence) = (question, score, evidence);
        Explanation = string.IsNullOrWhiteSpace(explanation) ? null : explanation;
    }

    /// <summary>The question answered.</summary>
    public QuestionCode Question { get; }

    /// <summary>The region's score.</summary>
    public decimal Score { get; }

    /// <summary>Why the region gives this score.</summary>
    public string? Explanation { get; }

    /// <summary>Ids of the evidence files supporting it.</summary>
    public ValueList<string> Evidence { get; }
}
