using Karsa.Domain.Plans;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads <c>valueModel</c>: <c>{benefitLifeYears, discountRatePercent}</c>, each defaulting as the domain does.</summary>
internal static class ValueModelMapper
{
    /// <summary>The value model; the default when the field is absent, null when it has errors (reported).</summary>
    public static ValueModel? ReadValueModel(this ReadContext context, Node? node, string path)
    {
        if (node is null)
        {
            return ValueModel.Default;
        }

        var fields = Fields.Open(context, node, path, PlanFields.ValueModel);
        if (fields is null)
        {
            return null;
        }

        var life = context.ReadInt(fields.Optional("benefitLifeYears"), fields.PathOf("benefitLifeYears"));
        var rate = context.ReadDecimal(fields.Optional("discountRatePercent"), fields.PathOf("discountRatePercent"));
        return context.TryBuild(
            () => new ValueModel(life ?? ValueModel.DefaultBenefitLifeYears, rate ?? ValueModel.DefaultDiscountRatePercent),
            path, fields.Position, out var model) ? model : null;
    }
}
