using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;

namespace Karsa.Domain.Versions.Sections;

/// <summary>Indicator targets, one item per indicator with the years whose target was set, removed or changed.</summary>
public sealed class TargetsComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "targets";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        var indicators = older.Targets.Concat(newer.Targets).Select(t => t.Indicator).Distinct();
        foreach (var indicator in indicators)
        {
            var path = PlanPaths.Target(indicator.Value);
            var change = new FieldList(path)
                .Entries("target", Of(older, indicator), Of(newer, indicator), t => t.Year, t => Values.Number(t.Value)!, (t, f) => f with { Path = path, Year = t.Year })
                .ToItem("indicator", indicator.Value, IndicatorName(newer, indicator) ?? IndicatorName(older, indicator));
            if (change is not null)
            {
                yield return change;
            }
        }
    }

    /// <summary>The name of an indicator in a plan, if it has it.</summary>
    internal static Primitives.LocalizedText? IndicatorName(MasterplanContent plan, Primitives.IndicatorCode code) =>
        plan.Indicators.FirstOrDefault(i => i.Code == code)?.Name;

    private static List<IndicatorTarget> Of(MasterplanContent plan, Primitives.IndicatorCode code) => [.. plan.Targets.Where(t => t.Indicator == code)];
}
