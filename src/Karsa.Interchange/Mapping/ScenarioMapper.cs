using Karsa.Domain.Budget;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads one item of <c>scenarios</c>.</summary>
internal static class ScenarioMapper
{
    /// <summary>The scenario, or null when it has errors (reported).</summary>
    public static Scenario? ReadScenario(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Scenario);
        if (fields is null)
        {
            return null;
        }

        var name = context.ReadString(fields.Required("name"), fields.PathOf("name"));
        var description = context.ReadText(fields.Optional("description"), fields.PathOf("description"));
        var scale = context.ReadList(fields.Optional("scaleCeilings"), fields.PathOf("scaleCeilings"), context.ReadCeilingScale);
        var set = context.ReadAmounts(fields.Optional("setCeilings"), fields.PathOf("setCeilings"), (y, s, a) => new BudgetCeiling(y, s, a));
        var forceIn = context.ReadValues(fields.Optional("forceIn"), fields.PathOf("forceIn"), (n, p) => context.ReadCode(n, p, c => new ProgrammeCode(c)));
        var forceOut = context.ReadValues(fields.Optional("forceOut"), fields.PathOf("forceOut"), (n, p) => context.ReadCode(n, p, c => new ProgrammeCode(c)));
        var weights = context.ReadCodeNumbers(fields.Optional("weights"), fields.PathOf("weights"), c => new CriterionCode(c), (c, w) => new CriterionWeight(c, w));
        var lastYear = context.ReadYear(fields.Optional("lastYear"), fields.PathOf("lastYear"));
        return name is not null &&
            context.TryBuild(() => new Scenario(name, description, scale, set, forceIn, forceOut, weights, lastYear), path, fields.Position, out var scenario)
            ? scenario
            : null;
    }

    private static CeilingScale? ReadCeilingScale(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.CeilingScale);
        if (fields is null)
        {
            return null;
        }

        var factor = context.ReadDecimal(fields.Required("factor"), fields.PathOf("factor"));
        var source = context.ReadCode(fields.Optional("source"), fields.PathOf("source"), key => new FundingSource(key));
        var from = context.ReadYear(fields.Optional("from"), fields.PathOf("from"));
        var to = context.ReadYear(fields.Optional("to"), fields.PathOf("to"));
        return factor is { } f && context.TryBuild(() => new CeilingScale(f, source, from, to), path, fields.Position, out var scale)
            ? scale
            : null;
    }
}
