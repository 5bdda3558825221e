using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation;

/// <summary>
/// A weighting of the evaluation dimensions as reported in a source. A weight the source does not give
/// is null: the user must fill it (<see cref="ToWeights"/>); Karsa assumes nothing.
/// </summary>
/// <param name="Key">Stable identifier, e.g. <c>report-a</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="Source">Where the weighting was published and what it leaves open.</param>
/// <param name="Baseline">Published Baseline weight, or null.</param>
/// <param name="Output">Published Output weight, or null.</param>
/// <param name="Outcome">Published Outcome weight, or null.</param>
/// <param name="Impact">Published Impact weight, or null.</param>
/// <param name="QuickWin">Published Quick Win weight, or null.</param>
public sealed record WeightPreset(string Key, LocalizedText Name, LocalizedText Source,
    decimal? Baseline, decimal? Output, decimal? Outcome, decimal? Impact, decimal? QuickWin)
{
    /// <summary>The published weight of <paramref name="dimension"/>, or null when the source does not give it.</summary>
    public decimal? Published(EvaluationDimension dimension) => dimension switch
    {
        EvaluationDimension.Baseline => Baseline,
        EvaluationDimension.Output => Output,
        EvaluationDimension.Outcome => Outcome,
        EvaluationDimension.Impact => Impact,
        _ => QuickWin,
    };

    /// <summary>The dimensions whose weight the source does not give.</summary>
    public IReadOnlyList<EvaluationDimension> Unpublished => [.. EvaluationDimensions.All.Where(d => Published(d) is null)];

    /// <summary>
    /// The cycle weights: the published ones, and for each unpublished one the value in
    /// <paramref name="filled"/>. A missing fill is KRS004 at <c>weights.KEY</c>; a fill for a published
    /// weight is refused too (KRS006), since the preset exists to keep what was published.
    /// </summary>
    public EvaluationWeights ToWeights(IReadOnlyDictionary<EvaluationDimension, decimal>? filled = null)
    {
        filled ??= new Dictionary<EvaluationDimension, decimal>();
        List<Diagnostic> problems = [];
        problems.AddRange(Unpublished.Where(d => !filled.ContainsKey(d)).Select(d => Problems.MissingField($"weights.{d.Key()}").Under($"weights.{d.Key()}")));
        problems.AddRange(filled.Keys.Where(d => Published(d) is not null).Select(d => Problems.DuplicateKey(d.Key()).Under($"weights.{d.Key()}")));
        Refusal.ThrowIfAny(problems);
        decimal Weight(EvaluationDimension d) => Published(d) ?? filled[d];
        try
        {
            return new EvaluationWeights(Weight(EvaluationDimension.Baseline), Weight(EvaluationDimension.Output),
                Weight(EvaluationDimension.Outcome), Weight(EvaluationDimension.Impact), Weight(EvaluationDimension.QuickWin));
        }
        catch (DomainException refused)
        {
            throw new DomainException([.. refused.Problems.Select(p => p.Within("weights"))]);
        }
    }
}
