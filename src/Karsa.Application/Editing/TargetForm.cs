using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Editing;

/// <summary>
/// The indicator targets form: a grid of the plan's indicators and years, each field named by its plan
/// path (<c>targets.ISO37120-5.1.2027</c>); a blank field means no target that year.
/// </summary>
public static class TargetForm
{
    /// <summary>The field of <paramref name="indicator"/>'s target in <paramref name="year"/>.</summary>
    public static string Field(string indicator, int year) => PlanPaths.Target(indicator, year);

    /// <summary>The grid's years: the plan period.</summary>
    public static IReadOnlyList<int> Years(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var period = plan.Content.Period;
        return [.. Enumerable.Range(period.First.Value, period.Last.Value - period.First.Value + 1)];
    }

    /// <summary>Every field of the grid.</summary>
    public static IReadOnlyList<string> AllFields(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Content.Indicators.SelectMany(i => Years(plan).Select(y => Field(i.Code.Value, y)))];
    }

    /// <summary>The form filled with <paramref name="plan"/>'s targets.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new FormFields(plan.Content.Targets.Select(t => new KeyValuePair<string, string?>(
            Field(t.Indicator.Value, t.Year.Value), IndonesianNumbers.FormatDecimal(t.Value, Math.Min((int)t.Value.Scale, 4)))));
    }

    /// <summary>One <see cref="SetTarget"/> per field whose value differs from the plan's, or the problems of the typed values.</summary>
    public static FormEdits Edits(Masterplan plan, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var read = new FieldReader(fields);
        var cells = plan.Content.Indicators.SelectMany(indicator => Years(plan).Select(year => new GridCell<decimal>(
            Field(indicator.Code.Value, year),
            plan.Content.Targets.FirstOrDefault(t => t.Indicator == indicator.Code && t.Year.Value == year)?.Value,
            typed => new SetTarget(indicator.Code, new FiscalYear(year), typed))));
        return GridCell<decimal>.Changes(read, cells, read.Decimal);
    }
}
