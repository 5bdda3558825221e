using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Edits;

/// <summary>
/// Sets an indicator definition: <paramref name="Indicator"/> in place of the indicator with code
/// <paramref name="Replacing"/>, or after the others when that is null (or not listed). A code taken by
/// another indicator is reported (KRS052) at <c>indicators[i].code</c>; a change of code while targets
/// or programmes still refer to the old one (KRS061) at the same path.
/// </summary>
public sealed record SetIndicator(Indicator Indicator, IndicatorCode? Replacing = null) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        IndicatorList.Keyed.Set(content, Replacing?.Value, Indicator, problems);
}

/// <summary>
/// Removes the indicator with code <paramref name="Code"/> (nothing to do when there is none). While it
/// has targets or a programme is linked to it the removal is refused (KRS061) at <c>indicators[i]</c>,
/// naming them.
/// </summary>
public sealed record RemoveIndicator(IndicatorCode Code) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems) =>
        IndicatorList.Keyed.Remove(content, Code.Value, problems);

    /// <summary>Indicators after the removed one were one place further down before the edit.</summary>
    internal override string PathBefore(string path, MasterplanContent before) => IndicatorList.Keyed.PathBefore(path, before, Code.Value);
}

/// <summary>The indicators as a keyed list: used by their targets and by the programmes linked to them.</summary>
internal static class IndicatorList
{
    /// <summary>The list.</summary>
    public static KeyedList<Indicator> Keyed { get; } = new("indicators", "code", c => c.Indicators, (c, items) => c with { Indicators = items },
        i => i.Code.Value, Users, Problems.IndicatorInUse);

    private static IReadOnlyList<string> Users(MasterplanContent content, string code) =>
        [.. content.Targets.Any(t => t.Indicator.Value == code) ? [PlanPaths.Target(code)] : Array.Empty<string>(),
            .. content.Programmes.Where(p => p.Indicators.Any(i => i.Value == code)).Select(p => p.Code.Value)];
}
