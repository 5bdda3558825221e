using Karsa.Domain.Edits;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Editing;

/// <summary>
/// The indicator form (<see cref="ItemForm.Indicators"/>): one indicator definition, its fields named
/// as in the plan file (<c>code</c>, <c>name.id</c>, <c>unit</c>, <c>reference</c>, <c>baseline.value</c>, ...).
/// Its targets are edited on the targets grid.
/// </summary>
public static class IndicatorForm
{
    /// <summary>The fields, in form order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["code", "name.id", "name.en", "unit", "framework", "reference", "theme", "direction", "baseline.value", "baseline.year"];

    /// <summary>The indicators' codes, in order.</summary>
    public static IReadOnlyList<string> Keys(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Content.Indicators.Select(i => i.Code.Value)];
    }

    /// <summary>The form filled with the indicator at <paramref name="index"/>.</summary>
    public static FormFields Of(Masterplan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var indicator = plan.Content.Indicators[index];
        return new FormFields(new Dictionary<string, string?>
        {
            ["code"] = indicator.Code.Value,
            ["name.id"] = indicator.Name.Indonesian,
            ["name.en"] = indicator.Name.English,
            ["unit"] = indicator.Unit,
            ["framework"] = indicator.Framework.ToString(),
            ["reference"] = indicator.FrameworkReference,
            ["theme"] = indicator.Theme,
            ["direction"] = indicator.Direction.ToString(),
        }.Concat(FieldReading.Fields("baseline", indicator.Baseline, FieldReading.Number)));
    }

    /// <summary>Removes the indicator with <paramref name="code"/>.</summary>
    public static PlanEdit Remove(string code) => new RemoveIndicator(new IndicatorCode(code));

    /// <summary>The <see cref="SetIndicator"/> the typed values make of the indicator at <paramref name="index"/> (-1: a new one), or null.</summary>
    internal static PlanEdit? Read(Masterplan plan, int index, FieldReader read)
    {
        var hasCode = read.TryBuild("code", () => new IndicatorCode(read.Fields.Text("code") ?? string.Empty), out var code);
        var name = read.Localized("name", required: true);
        var unit = read.Text("unit", required: true);
        var framework = read.Choice<IndicatorFramework>("framework");
        var direction = read.Choice<IndicatorDirection>("direction");
        var baseline = read.Measured("baseline", read.Decimal);
        if (!hasCode || name is null || unit is null || framework is null || direction is null || read.Problems.Count > 0)
        {
            return null;
        }

        return read.TryBuild(string.Empty, () => new Indicator(code, name, unit, framework.Value, direction.Value,
                read.Fields.Text("reference"), read.Fields.Text("theme"), baseline), out var indicator)
            ? new SetIndicator(indicator, index >= 0 ? plan.Content.Indicators[index].Code : null)
            : null;
    }
}
