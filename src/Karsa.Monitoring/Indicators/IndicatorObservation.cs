using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>
/// One measured value of an indicator for a period, with where it comes from (e.g. "BPS Karanganyar
/// Dalam Angka 2025") and, optionally, the id of the evidence file that backs it. Invariants: the
/// source is not empty; an evidence id, when given, is not blank.
/// </summary>
public sealed record IndicatorObservation
{
    /// <summary>Creates an observation, refusing an empty source or a blank evidence id (KRS007).</summary>
    public IndicatorObservation(IndicatorCode indicator, ObservationPeriod period, decimal value, string source, string? evidenceId = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new DomainException(Problems.EmptyText().Under("source"));
        }

        if (evidenceId is not null && string.IsNullOrWhiteSpace(evidenceId))
        {
            throw new DomainException(Problems.EmptyText().Under("evidence"));
        }

        (Indicator, Period, Value, Source, EvidenceId) = (indicator, period, value, source.Trim(), evidenceId?.Trim());
    }

    /// <summary>The indicator's code in the plan.</summary>
    public IndicatorCode Indicator { get; }

    /// <summary>The period the value is about.</summary>
    public ObservationPeriod Period { get; }

    /// <summary>The measured value, in the indicator's unit.</summary>
    public decimal Value { get; }

    /// <summary>Where the value comes from.</summary>
    public string Source { get; }

    /// <summary>The id of the evidence file, if any.</summary>
    public string? EvidenceId { get; }
}
