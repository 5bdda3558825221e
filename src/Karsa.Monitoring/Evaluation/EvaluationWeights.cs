using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Evaluation;

/// <summary>
/// A cycle's weight of each evaluation dimension in the overall index, in percent. Invariants: every
/// weight above zero (KRS016 at <c>baseline</c>, <c>output</c>, ...) and their sum exactly 100 (KRS130).
/// </summary>
public sealed record EvaluationWeights
{
    /// <summary>The sum the weights must reach.</summary>
    public const decimal Total = 100m;

    /// <summary>Creates the weights, reporting every problem at once.</summary>
    public EvaluationWeights(decimal baseline, decimal output, decimal outcome, decimal impact, decimal quickWin)
    {
        (Baseline, Output, Outcome, Impact, QuickWin) = (baseline, output, outcome, impact, quickWin);
        List<Diagnostic> problems = [];
        foreach (var dimension in EvaluationDimensions.All)
        {
            if (Of(dimension) <= 0)
            {
                problems.Add(Refusal.NotPositive(new LocalizedText("bobot " + dimension.Name().Indonesian, dimension.Name().In(Language.English) + " weight"),
                    Of(dimension), dimension.Key()));
            }
        }

        var sum = EvaluationDimensions.All.Sum(Of);
        if (problems.Count == 0 && sum != Total)
        {
            problems.Add(Problems.EvaluationWeightsSum(Refusal.Text(sum)));
        }

        Refusal.ThrowIfAny(problems);
    }

    /// <summary>Weight of Baseline, in percent.</summary>
    public decimal Baseline { get; }

    /// <summary>Weight of Output, in percent.</summary>
    public decimal Output { get; }

    /// <summary>Weight of Outcome, in percent.</summary>
    public decimal Outcome { get; }

    /// <summary>Weight of Impact, in percent.</summary>
    public decimal Impact { get; }

    /// <summary>Weight of Quick Win, in percent.</summary>
    public decimal QuickWin { get; }

    /// <summary>The weight of <paramref name="dimension"/>.</summary>
    public decimal Of(EvaluationDimension dimension) => dimension switch
    {
        EvaluationDimension.Baseline => Baseline,
        EvaluationDimension.Output => Output,
        EvaluationDimension.Outcome => Outcome,
        EvaluationDimension.Impact => Impact,
        _ => QuickWin,
    };
}
