using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Edits;

/// <summary>
/// Sets the target of <paramref name="Indicator"/> for <paramref name="Year"/> to <paramref name="Value"/>,
/// or removes it when null. Reported at <c>targets.INDICATOR.YEAR</c>: an indicator the plan does not
/// list (KRS053), a year outside the period (KRS054).
/// </summary>
public sealed record SetTarget(IndicatorCode Indicator, FiscalYear Year, decimal? Value) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems)
    {
        if (!content.Indicators.Any(i => i.Code == Indicator))
        {
            problems.Add(Diagnostics.Problems.UnknownIndicator(Indicator.Value).Under(PlanPaths.Target(Indicator.Value, Year.Value)));
            return content;
        }

        var target = Value is { } value ? new IndicatorTarget(Indicator, Year, value) : null;
        return content with
        {
            Targets = ListEdits.Put(content.Targets, target, t => t.Indicator == Indicator && t.Year == Year,
                InPlace),
        };
    }

    /// <summary>A new target goes among its indicator's, by year; the first of its indicator at the end.</summary>
    private int InPlace(IReadOnlyList<IndicatorTarget> targets)
    {
        var later = targets.FirstIndex(t => t.Indicator == Indicator && t.Year > Year);
        return later >= 0 ? later : targets.LastIndex(t => t.Indicator == Indicator) is var last and >= 0 ? last + 1 : -1;
    }
}
