using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange.Mapping;

/// <summary>Reads <c>indicators</c> and <c>targets</c>.</summary>
internal static class IndicatorMapper
{
    /// <summary>One indicator.</summary>
    public static Indicator? ReadIndicator(this ReadContext context, Node node, string path)
    {
        var fields = Fields.Open(context, node, path, PlanFields.Indicator);
        if (fields is null)
        {
            return null;
        }

        var code = context.ReadCode(fields.Required("code"), fields.PathOf("code"), c => new IndicatorCode(c));
        var name = context.ReadText(fields.Required("name"), fields.PathOf("name"));
        var unit = context.ReadString(fields.Required("unit"), fields.PathOf("unit"));
        var framework = context.ReadKey(fields.Required("framework"), fields.PathOf("framework"), PlanKeys.Frameworks);
        var reference = context.ReadString(fields.Optional("reference"), fields.PathOf("reference"));
        var theme = context.ReadString(fields.Optional("theme"), fields.PathOf("theme"));
        var direction = context.ReadKey(fields.Required("direction"), fields.PathOf("direction"), PlanKeys.Directions);
        var baseline = context.ReadMeasured(fields.Optional("baseline"), fields.PathOf("baseline"), context.ReadDecimal);
        if (code is not { } c || name is null || unit is null || framework is not { } f || direction is not { } d)
        {
            return null;
        }

        return context.TryBuild(() => new Indicator(c, name, unit, f, d, reference, theme, baseline), path, fields.Position, out var indicator)
            ? indicator
            : null;
    }

    /// <summary><c>targets</c>: per indicator in file order, years ascending.</summary>
    public static ValueList<IndicatorTarget> ReadTargets(this ReadContext context, Node? node, string path)
    {
        var targets = new List<IndicatorTarget>();
        context.ReadCodeEntries(node, path, c => new IndicatorCode(c), (indicator, perYear, indicatorPath) =>
        {
            var ofIndicator = new List<IndicatorTarget>();
            context.ReadYearEntries(perYear, indicatorPath, (year, value, yearPath) =>
            {
                if (context.ReadDecimal(value, yearPath) is { } target)
                {
                    ofIndicator.Add(new IndicatorTarget(indicator, year, target));
                }
            });
            targets.AddRange(ofIndicator.OrderBy(t => t.Year));
        });
        return targets.ToValueList();
    }
}
