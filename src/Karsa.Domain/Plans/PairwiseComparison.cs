using Karsa.Domain.Primitives;

namespace Karsa.Domain.Plans;

/// <summary>
/// One judgement of the analytic hierarchy process (AHP): criterion <c>More</c> is <c>Ratio</c> times
/// as important as criterion <c>Less</c>, on Saaty's scale. Invariant: ratio in 1/9..9, two different
/// criteria.
/// </summary>
public sealed record PairwiseComparison
{
    /// <summary>Creates a judgement.</summary>
    public PairwiseComparison(CriterionCode more, CriterionCode less, decimal ratio)
    {
        if (ratio < 1m / 9m - 0.0001m || ratio > 9)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.OutOfRange(new Primitives.LocalizedText("rasio", "ratio"), ratio.ToString(System.Globalization.CultureInfo.InvariantCulture), "1/9..9").Under("ratio"));
        }

        if (more == less)
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.DuplicateCriterion(more.Value).Under("less"));
        }

        (More, Less, Ratio) = (more, less, ratio);
    }

    /// <summary>The criterion judged more important (when ratio &gt; 1).</summary>
    public CriterionCode More { get; }

    /// <summary>The criterion it is compared with.</summary>
    public CriterionCode Less { get; }

    /// <summary>How many times as important <see cref="More"/> is.</summary>
    public decimal Ratio { get; }
}
