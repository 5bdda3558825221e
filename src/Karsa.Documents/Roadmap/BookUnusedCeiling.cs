using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Documents.Roadmap;

/// <summary>A ceiling the roadmap leaves partly unused in one year, with the reason in the book's language.</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="Source">The funding source.</param>
/// <param name="Ceiling">The ceiling.</param>
/// <param name="Spent">What the roadmap spends from it.</param>
/// <param name="Reason">Why the rest stays unused.</param>
public sealed record BookUnusedCeiling(FiscalYear Year, FundingSource Source, Rupiah Ceiling, Rupiah Spent, string Reason)
{
    /// <summary>What is left unused.</summary>
    public Rupiah Unused => Ceiling - Spent;
}

/// <summary>One thing that stops a programme from starting in one year, in the book's language.</summary>
/// <param name="StartYear">The start year it blocks.</param>
/// <param name="Reason">What blocks it.</param>
public sealed record BookStartReason(int StartYear, string Reason);
