using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;

namespace Karsa.Planning.Scoring;

/// <summary>
/// Multi-criteria priority scores: each criterion score is mapped to 0..1 on the plan's criteria scale,
/// inverted for cost criteria (e.g. risk), and weighted; a missing score counts as the worst.
/// </summary>
public static class PriorityScorer
{
    /// <summary>The score of every programme of <paramref name="plan"/> under <paramref name="weights"/>.</summary>
    public static IReadOnlyDictionary<Domain.Primitives.ProgrammeCode, ProgrammeScore> Score(MasterplanContent plan, CriteriaWeights weights)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(weights);
        return plan.Programmes.ToDictionary(p => p.Code, p => Score(plan, p, weights));
    }

    /// <summary>The score of one programme.</summary>
    public static ProgrammeScore Score(MasterplanContent plan, Programme programme, CriteriaWeights weights)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(weights);
        var contributions = weights.Weights.Select(w =>
        {
            var raw = programme.Scores.FirstOrDefault(s => s.Criterion == w.Criterion.Code)?.Score;
            var normalised = raw is { } r ? (double)plan.CriteriaScale.Normalise(Math.Clamp(r, plan.CriteriaScale.Min, plan.CriteriaScale.Max)) : 0.0;
            if (raw is not null && w.Criterion.Sense == CriterionSense.Cost)
            {
                normalised = 1 - normalised;
            }

            return new CriterionContribution(w.Criterion, w.Weight, raw, normalised);
        }).ToList();
        return new ProgrammeScore(programme.Code, contributions);
    }
}
