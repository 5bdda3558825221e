using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Planning.Roadmaps;

/// <summary>A ceiling the roadmap leaves partly unused in one year, and why nothing more is spent from it.</summary>
/// <param name="Year">The fiscal year.</param>
/// <param name="Source">The funding source.</param>
/// <param name="Ceiling">The ceiling.</param>
/// <param name="Spent">What the roadmap spends from it.</param>
/// <param name="Reason">Why the rest stays unused, e.g. "LIV-04 memerlukan lebih dari sisa ini; ...".</param>
public sealed record UnusedCeiling(FiscalYear Year, FundingSource Source, Rupiah Ceiling, Rupiah Spent, LocalizedText Reason)
{
    /// <summary>What is left unused.</summary>
    public Rupiah Unused => Ceiling - Spent;
}
