using Karsa.Domain.Primitives;

namespace Karsa.Planning.Roadmaps;

/// <summary>One thing that stops a programme from starting in one year, for the per-year detail of its reasons.</summary>
/// <param name="StartYear">The start year it blocks.</param>
/// <param name="Reason">What blocks it, e.g. "APBD 2024 tidak cukup: sisa ... dari pagu ..., program ini memerlukan ...".</param>
public sealed record StartReason(int StartYear, LocalizedText Reason);
