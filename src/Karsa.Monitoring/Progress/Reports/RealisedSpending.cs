using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Reports;

/// <summary>
/// Money a programme actually spent in the report's year from one funding source. The source is a
/// plan-file key (<c>apbd</c>, <c>dana-desa</c>), not an enum, so reports keep their shape when a plan
/// lists its own sources. Invariants: a well-formed key; whole Rupiah, not negative.
/// </summary>
public sealed record RealisedSpending
{
    /// <summary>Creates an amount (problems at <c>source</c> or <c>amount</c>).</summary>
    public RealisedSpending(string source, Rupiah amount)
    {
        Source = ProgressFields.Key(source, new LocalizedText("sumber dana", "funding source"), "source");
        Amount = amount.Value >= 0 ? amount : throw new DomainException(Problems.NegativeMoney("realisasi", amount.Value).Under("amount"));
    }

    /// <summary>The funding source key.</summary>
    public string Source { get; }

    /// <summary>The amount realised.</summary>
    public Rupiah Amount { get; }
}
