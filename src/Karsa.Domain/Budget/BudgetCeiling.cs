using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Domain.Budget;

/// <summary>
/// The most the plan's programmes may spend from one funding source in one fiscal year.
/// Invariant: non-negative whole Rupiah. A source with no ceiling in a year is not capped.
/// </summary>
public sealed record BudgetCeiling
{
    /// <summary>Creates a ceiling.</summary>
    public BudgetCeiling(FiscalYear year, FundingSource source, Rupiah amount)
    {
        Year = year;
        Source = source;
        Amount = Rupiah.NonNegative(amount.Value, "ceiling");
    }

    /// <summary>The fiscal year.</summary>
    public FiscalYear Year { get; }

    /// <summary>The funding source.</summary>
    public FundingSource Source { get; }

    /// <summary>The cap.</summary>
    public Rupiah Amount { get; }
}
