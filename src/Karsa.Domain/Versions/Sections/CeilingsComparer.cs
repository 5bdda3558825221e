using Karsa.Domain.Budget;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions.Sections;

/// <summary>Budget ceilings, one item per fiscal year with the sources whose ceiling was set, removed or changed.</summary>
public sealed class CeilingsComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "ceilings";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        var years = older.Ceilings.Concat(newer.Ceilings).Select(c => c.Year).Distinct().Order();
        foreach (var year in years)
        {
            var path = PlanPaths.Ceiling(year.Value);
            var change = new FieldList(path)
                .Entries("ceiling", InYear(older, year), InYear(newer, year), c => c.Source, c => Values.Money(c.Amount), (c, f) => f with
                {
                    Path = "budget",
                    Year = c.Year,
                    Source = c.Source,
                    SourceName = SourceNames.Of(older, newer, c.Source),
                })
                .ToItem("year", year.ToString(), null);
            if (change is not null)
            {
                yield return change;
            }
        }
    }

    private static List<BudgetCeiling> InYear(MasterplanContent plan, FiscalYear year) => [.. plan.Ceilings.Where(c => c.Year == year)];
}
