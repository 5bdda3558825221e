using Karsa.Domain.Plans;
using Karsa.Interchange.Tree;
using static Karsa.Interchange.Writing.TreeFactory;

namespace Karsa.Interchange.Writing;

/// <summary>The value model in the plan tree (left out where it keeps the defaults).</summary>
internal static partial class PlanTree
{
    private static MappingNode? ValueModelNode(ValueModel model) => new MapBuilder(compact: true)
        .Add("benefitLifeYears", model.BenefitLifeYears == ValueModel.DefaultBenefitLifeYears ? null : Number(model.BenefitLifeYears))
        .Add("discountRatePercent", model.DiscountRatePercent == ValueModel.DefaultDiscountRatePercent ? null : Number(model.DiscountRatePercent))
        .NodeOrNull;
}
