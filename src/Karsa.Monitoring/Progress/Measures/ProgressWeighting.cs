using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>What a programme's weight in the roll-up is.</summary>
public enum WeightBasis
{
    /// <summary>Its planned cost in the adopted roadmap.</summary>
    PlannedCost,

    /// <summary>A weight the planner set.</summary>
    SetWeights,
}

/// <summary>
/// The rule that weighs programmes in the progress roll-up, carried as data so pages can show it:
/// by planned cost (the default), or by weights the planner set (a programme given none weighs 0).
/// Invariant: set weights are not negative.
/// </summary>
public sealed record ProgressWeighting
{
    private ProgressWeighting(WeightBasis basis, IReadOnlyDictionary<ProgrammeCode, decimal> weights, LocalizedText description) =>
        (Basis, Weights, Description) = (basis, weights, description);

    /// <summary>Weighs each programme by its planned cost.</summary>
    public static ProgressWeighting ByPlannedCost { get; } = new(WeightBasis.PlannedCost, new Dictionary<ProgrammeCode, decimal>(),
        new LocalizedText("ditimbang menurut biaya rencana", "weighted by planned cost"));

    /// <summary>The basis of the weights.</summary>
    public WeightBasis Basis { get; }

    /// <summary>The set weights (empty for <see cref="WeightBasis.PlannedCost"/>).</summary>
    public IReadOnlyDictionary<ProgrammeCode, decimal> Weights { get; }

    /// <summary>The rule in words, for pages: "ditimbang menurut biaya rencana".</summary>
    public LocalizedText Description { get; }

    /// <summary>Weighs each programme by <paramref name="weights"/> (problem at <c>weights.CODE</c> for a negative one).</summary>
    public static ProgressWeighting BySetWeights(IReadOnlyDictionary<ProgrammeCode, decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        foreach (var (code, weight) in weights.Where(w => w.Value < 0))
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("bobot", "weight"), weight.ToString(CultureInfo.InvariantCulture), ">= 0").Under($"weights.{code}"));
        }

        return new(WeightBasis.SetWeights, weights.ToDictionary(), new LocalizedText("ditimbang menurut bobot yang ditetapkan perencana", "weighted by the weights the planner set"));
    }

    /// <summary>The weight of <paramref name="programme"/>.</summary>
    internal decimal WeightOf(ProgrammePlan programme) =>
        Basis == WeightBasis.PlannedCost ? programme.PlannedTotal.Value : Weights.GetValueOrDefault(programme.Code);
}
