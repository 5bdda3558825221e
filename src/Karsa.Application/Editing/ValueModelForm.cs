using System.Globalization;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;

namespace Karsa.Application.Editing;

/// <summary>
/// The value model form (<see cref="SectionForm.ValueModel"/>): <c>valueModel.benefitLifeYears</c> and
/// <c>valueModel.discountRatePercent</c> (Indonesian "3,5" or "3.5"); a blank field takes its default.
/// </summary>
public static class ValueModelForm
{
    /// <summary>The benefit life field.</summary>
    public const string BenefitLife = "valueModel.benefitLifeYears";

    /// <summary>The discount rate field.</summary>
    public const string DiscountRate = "valueModel.discountRatePercent";

    /// <summary>The fields, in form order.</summary>
    public static IReadOnlyList<string> Fields { get; } = [BenefitLife, DiscountRate];

    /// <summary>The form filled with <paramref name="plan"/>'s value model.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var model = plan.Content.ValueModel;
        return new FormFields(new Dictionary<string, string?>
        {
            [BenefitLife] = model.BenefitLifeYears.ToString(CultureInfo.InvariantCulture),
            [DiscountRate] = FieldReading.Number(model.DiscountRatePercent),
        });
    }

    /// <summary>A <see cref="SetValueModel"/> when the typed model differs from the stored one, or the problems of the typed values at their fields.</summary>
    public static FormEdits Edits(Masterplan plan, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var read = new FieldReader(fields);
        var life = read.Int(BenefitLife, required: false) ?? ValueModel.DefaultBenefitLifeYears;
        var rate = read.Decimal(DiscountRate) ?? ValueModel.DefaultDiscountRatePercent;
        if (read.Problems.Count > 0 || !read.TryBuild("valueModel", () => new ValueModel(life, rate), out var model))
        {
            return FormEdits.Refused(read.Problems);
        }

        return model.Equals(plan.Content.ValueModel) ? FormEdits.Of() : FormEdits.Of(new SetValueModel(model));
    }
}
