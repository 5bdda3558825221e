using Karsa.Domain.Primitives;
using Karsa.Monitoring.Evaluation.Workflow;

namespace Karsa.Monitoring.Evaluation.Assessment;

/// <summary>
/// One region's evaluation in a cycle: its self-assessment, the evaluator's verified scores and the
/// findings. Each part changes only through its method, which asks <see cref="EvaluationPolicy"/>
/// whether the party may act in the cycle's state (KRS135) and checks the scores against the cycle's
/// instrument (<c>selfAssessment[i]</c>, <c>verified[i]</c>).
/// </summary>
public sealed record RegionEvaluation
{
    /// <summary>An empty evaluation of <paramref name="region"/>.</summary>
    public RegionEvaluation(RegionCode region)
        : this(region, [], [], [])
    {
    }

    private RegionEvaluation(RegionCode region, ValueList<SelfAssessmentAnswer> selfAssessment, ValueList<VerifiedScore> verified, ValueList<Finding> findings) =>
        (Region, SelfAssessment, Verified, Findings) = (region, selfAssessment, verified, findings);

    /// <summary>A stored evaluation as it was saved (for storage only: each part was checked against its cycle when recorded).</summary>
    public static RegionEvaluation Restore(RegionCode region, ValueList<SelfAssessmentAnswer> selfAssessment, ValueList<VerifiedScore> verified, ValueList<Finding> findings) =>
        new(region, selfAssessment, verified, findings);

    /// <summary>The evaluated region.</summary>
    public RegionCode Region { get; }

    /// <summary>The region's answers.</summary>
    public ValueList<SelfAssessmentAnswer> SelfAssessment { get; }

    /// <summary>The scores that count, one per question at most.</summary>
    public ValueList<VerifiedScore> Verified { get; }

    /// <summary>Strengths, weaknesses and recommendations.</summary>
    public ValueList<Finding> Findings { get; }

    /// <summary>The region's self-assessment replaced by <paramref name="answers"/>; only the region, only while the cycle is open.</summary>
    public RegionEvaluation WithSelfAssessment(EvaluationCycle cycle, EvaluationParty by, ValueList<SelfAssessmentAnswer> answers)
    {
        EvaluationPolicy.Demand(cycle.State, by, EvaluationAction.EditSelfAssessment);
        Refusal.ThrowIfAny(ScoreChecks.Check(cycle.Instrument, answers, a => a.Question, a => a.Score, "selfAssessment"));
        return new(Region, answers, Verified, Findings);
    }

    /// <summary>The verified scores replaced by <paramref name="scores"/>; only the evaluator, only in verification.</summary>
    public RegionEvaluation WithVerifiedScores(EvaluationCycle cycle, EvaluationParty by, ValueList<VerifiedScore> scores)
    {
        EvaluationPolicy.Demand(cycle.State, by, EvaluationAction.Verify);
        Refusal.ThrowIfAny(ScoreChecks.Check(cycle.Instrument, scores, s => s.Question, s => s.Score, "verified"));
        return new(Region, SelfAssessment, scores, Findings);
    }

    /// <summary>The findings replaced by <paramref name="findings"/>; only the evaluator, only in verification.</summary>
    public RegionEvaluation WithFindings(EvaluationCycle cycle, EvaluationParty by, ValueList<Finding> findings)
    {
        EvaluationPolicy.Demand(cycle.State, by, EvaluationAction.WriteFindings);
        return new(Region, SelfAssessment, Verified, findings);
    }

    /// <summary>The verified score of <paramref name="question"/>, or null.</summary>
    public VerifiedScore? ScoreOf(QuestionCode question) => Verified.FirstOrDefault(s => s.Question == question);
}
