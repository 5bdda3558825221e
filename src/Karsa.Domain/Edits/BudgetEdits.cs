using Karsa.Domain.Budget;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Edits;

/// <summary>
/// Sets the ceiling of <paramref name="Source"/> in <paramref name="Year"/> to <paramref name="Amount"/>,
/// or removes it (that source is then not capped that year) when the amount is null. Reported at
/// <c>budget.YEAR.SOURCE</c> (a negative amount) or <c>budget.YEAR</c> (a year outside the period).
/// </summary>
public sealed record SetCeiling(FiscalYear Year, FundingSource Source, Rupiah? Amount) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems)
    {
        BudgetCeiling? ceiling = null;
        if (Amount is { } amount)
        {
            try
            {
                ceiling = new BudgetCeiling(Year, Source, amount);
            }
            catch (DomainException refused)
            {
                foreach (var problem in refused.Problems)
                {
                    problems.Add(problem.Within(PlanPaths.Ceiling(Year.Value, Source.Key)));
                }

                return content;
            }
        }

        return content with
        {
            Ceilings = ListEdits.Put(content.Ceilings, ceiling, c => c.Year == Year && c.Source == Source,
                items => items.FirstIndex(c => c.Year > Year || (c.Year == Year && c.Source > Source))),
        };
    }
}
