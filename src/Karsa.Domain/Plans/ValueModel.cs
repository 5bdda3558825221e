using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Plans;

/// <summary>
/// How the planner values a programme: its priority score times the years it brings benefit, counted
/// from the year after its run ends over <see cref="BenefitLifeYears"/> years (also past the plan's
/// last year), each year discounted by <see cref="DiscountRatePercent"/> per year from the plan's first
/// year. Invariants: the benefit life is 1-100 years; the rate is 0-100 per cent with at most two decimals.
/// </summary>
public sealed record ValueModel
{
    /// <summary>The default benefit life: ten years, the usual life of an information system before it is replaced.</summary>
    public const int DefaultBenefitLifeYears = 10;

    /// <summary>The default discount rate: 5 per cent a year, so earlier delivery is worth more.</summary>
    public const decimal DefaultDiscountRatePercent = 5m;

    /// <summary>Creates a value model, checking its ranges.</summary>
    public ValueModel(int benefitLifeYears = DefaultBenefitLifeYears, decimal discountRatePercent = DefaultDiscountRatePercent)
    {
        if (benefitLifeYears is < 1 or > 100)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("umur manfaat", "benefit life"),
                benefitLifeYears.ToString(CultureInfo.InvariantCulture), "1-100").Under("benefitLifeYears"));
        }

        if (discountRatePercent is < 0 or > 100 || decimal.Round(discountRatePercent, 2) != discountRatePercent)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("tingkat diskonto", "discount rate"),
                discountRatePercent.ToString(CultureInfo.InvariantCulture), new LocalizedText("0-100, paling banyak dua desimal", "0-100, at most two decimals")).Under("discountRatePercent"));
        }

        (BenefitLifeYears, DiscountRatePercent) = (benefitLifeYears, discountRatePercent);
    }

    /// <summary>The model a plan gets when it names none: <see cref="DefaultBenefitLifeYears"/> and <see cref="DefaultDiscountRatePercent"/>.</summary>
    public static ValueModel Default { get; } = new();

    /// <summary>Years of benefit after a programme's run ends.</summary>
    public int BenefitLifeYears { get; }

    /// <summary>Per cent a year by which a later year of benefit counts less (0: every year counts the same).</summary>
    public decimal DiscountRatePercent { get; }
}
