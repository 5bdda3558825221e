using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Planning.Scoring;

/// <summary>
/// The weights a plan's criteria carry, normalised to sum 1: derived by AHP when the plan has pairwise
/// judgements, else the weights the plan sets; optionally with some weights replaced (a scenario).
/// </summary>
/// <param name="Weights">Normalised weight by criterion, in the plan's criterion order.</param>
/// <param name="Ahp">The AHP derivation, when the weights came from pairwise judgements.</param>
public sealed record CriteriaWeights(IReadOnlyList<(Criterion Criterion, double Weight)> Weights, AhpResult? Ahp)
{
    /// <summary>Warnings about the weights: AHP inconsistency or missing pairs, or judgements that could not be used.</summary>
    public IReadOnlyList<LocalizedText> Warnings { get; init; } = [];

    /// <summary>Resolves the weights of <paramref name="plan"/>, replacing those in <paramref name="overrides"/>.</summary>
    public static CriteriaWeights Of(MasterplanContent plan, IEnumerable<CriterionWeight>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var criteria = plan.Criteria;
        AhpResult? ahp = null;
        var warnings = new List<LocalizedText>();
        var raw = criteria.Select(c => (double)c.Weight).ToArray();
        if (plan.CriteriaComparisons.Count > 0)
        {
            try
            {
                ahp = Scoring.Ahp.Derive([.. criteria.Select(c => c.Code)], plan.CriteriaComparisons);
                raw = [.. criteria.Select(c => ahp.Weights[c.Code])];
                warnings.AddRange(ahp.Warnings);
            }
            catch (Domain.Diagnostics.DomainException)
            {
                warnings.Add(new LocalizedText(
                    "perbandingan berpasangan tidak menghubungkan semua kriteria; bobot dari rencana yang dipakai",
                    "the pairwise judgements do not connect every criterion; the plan's own weights are used"));
            }
        }

        var replaced = (overrides ?? []).ToDictionary(o => o.Criterion, o => (double)o.Weight);
        if (replaced.Count > 0)
        {
            // Scenario weights are on the plan's scale: normalise the rest to the plan's total first.
            var total = criteria.Sum(c => (double)c.Weight);
            var rawTotal = raw.Sum();
            for (var i = 0; i < raw.Length; i++)
            {
                raw[i] = replaced.TryGetValue(criteria[i].Code, out var weight) ? weight : rawTotal > 0 ? raw[i] * total / rawTotal : raw[i];
            }
        }

        var sum = raw.Sum();
        var weights = criteria.Select((c, i) => (c, sum > 0 ? raw[i] / sum : 1.0 / criteria.Count)).ToList();
        return new CriteriaWeights(weights, ahp) { Warnings = warnings };
    }

    /// <summary>The weight of <paramref name="code"/>, 0 when unknown.</summary>
    public double Of(CriterionCode code) => Weights.FirstOrDefault(w => w.Criterion.Code == code).Weight;
}
