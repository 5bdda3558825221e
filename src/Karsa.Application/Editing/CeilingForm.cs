using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Application.Editing;

/// <summary>
/// The ceilings form: a grid of the plan's years and funding sources (the plan's list), each field named by its plan
/// path (<c>budget.2027.apbd</c>); a blank field means no ceiling (the source is not capped that year).
/// </summary>
public static class CeilingForm
{
    /// <summary>The field of the ceiling of <paramref name="source"/> in <paramref name="year"/>.</summary>
    public static string Field(int year, FundingSource source) => PlanPaths.Ceiling(year, source.Key);

    /// <summary>The grid's years: the plan period and any year that already has a ceiling.</summary>
    public static IReadOnlyList<int> Years(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var period = plan.Content.Period;
        return [.. Enumerable.Range(period.First.Value, period.Last.Value - period.First.Value + 1)
            .Concat(plan.Content.Ceilings.Select(c => c.Year.Value)).Distinct().Order()];
    }

    /// <summary>Every field of the grid.</summary>
    public static IReadOnlyList<string> AllFields(Masterplan plan) =>
        [.. Years(plan).SelectMany(y => plan.Content.FundingSources.Sources.Select(s => Field(y, s)))];

    /// <summary>The form filled with <paramref name="plan"/>'s ceilings.</summary>
    public static FormFields Of(Masterplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new FormFields(plan.Content.Ceilings.Select(c =>
            new KeyValuePair<string, string?>(Field(c.Year.Value, c.Source), IndonesianNumbers.FormatInteger(c.Amount.Value))));
    }

    /// <summary>One <see cref="SetCeiling"/> per field whose amount differs from the plan's, or the problems of the typed amounts.</summary>
    public static FormEdits Edits(Masterplan plan, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var read = new FieldReader(fields);
        var cells = Years(plan).SelectMany(year => plan.Content.FundingSources.Sources.Select(source => new GridCell<long>(
            Field(year, source),
            plan.Content.Ceilings.FirstOrDefault(c => c.Year.Value == year && c.Source == source)?.Amount.Value,
            typed => new SetCeiling(new FiscalYear(year), source, typed is { } amount ? new Rupiah(amount) : null))));
        return GridCell<long>.Changes(read, cells, read.Money);
    }
}
