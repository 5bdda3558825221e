using Karsa.Domain.Plans;

namespace Karsa.Planning.Formulation;

/// <summary>
/// The plan's <see cref="ValueModel"/> in the solver's whole numbers: per year index in which a run ends,
/// the discounted years of benefit that follow, in thousandths of a year (<see cref="Scale"/>). Year
/// <c>b</c> of the plan (0 = the first) counts <c>round(1000 / (1 + rate)^b)</c>, computed in decimal
/// arithmetic so every machine gets the same integers.
/// </summary>
public static class BenefitYears
{
    /// <summary>A year of full benefit is this many units.</summary>
    public const long Scale = 1_000;

    /// <summary>
    /// <c>result[e]</c>: the scaled, discounted benefit-years of a run whose last year has index
    /// <c>e</c> (0 ≤ e &lt; <paramref name="yearCount"/>): the <see cref="ValueModel.BenefitLifeYears"/> years after it.
    /// </summary>
    public static long[] ByEnd(ValueModel model, int yearCount)
    {
        ArgumentNullException.ThrowIfNull(model);
        var factors = YearFactors(model.DiscountRatePercent, yearCount + model.BenefitLifeYears);
        var byEnd = new long[Math.Max(0, yearCount)];
        for (var end = 0; end < byEnd.Length; end++)
        {
            for (var year = end + 1; year <= end + model.BenefitLifeYears; year++)
            {
                byEnd[end] += factors[year];
            }
        }

        return byEnd;
    }

    /// <summary>
    /// <see cref="ByEnd"/> for a benefit life other than <paramref name="model"/>'s (a programme's own), with
    /// <paramref name="model"/>'s discount rate; each life's table is computed once.
    /// </summary>
    public static Func<int, long[]> Tables(ValueModel model, int yearCount)
    {
        ArgumentNullException.ThrowIfNull(model);
        var tables = new Dictionary<int, long[]>();
        return life => tables.TryGetValue(life, out var table) ? table
            : tables[life] = ByEnd(new ValueModel(life, model.DiscountRatePercent), yearCount);
    }

    /// <summary>The scaled factor of each year index from 0 to <paramref name="count"/> inclusive.</summary>
    private static long[] YearFactors(decimal ratePercent, int count)
    {
        var growth = 1m + (ratePercent / 100m);
        var factors = new long[count + 1];
        var divisor = 1m;
        for (var year = 0; year <= count; year++)
        {
            factors[year] = (long)Math.Round(Scale / divisor, MidpointRounding.AwayFromZero);
            divisor *= growth;
        }

        return factors;
    }
}
