using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Monitoring.Indicators;

namespace Karsa.Storage.Monitoring;

/// <summary>
/// A region's value of an indicator (framework and the framework's code) for a period, as the
/// observation store records it. Invariants: code and source are not empty and fit their columns
/// (<see cref="ObservationsCsv.MaxCodeLength"/>, <see cref="ObservationsCsv.MaxSourceLength"/>); an
/// evidence id, when given, is not blank and fits <see cref="ObservationsCsv.MaxEvidenceLength"/>.
/// </summary>
public sealed record RegionObservation
{
    /// <summary>Creates an observation, refusing empty texts (KRS007) and texts too long for their column (KRS129).</summary>
    public RegionObservation(RegionCode region, IndicatorFramework framework, string code, ObservationPeriod period, decimal value, string source, string? evidenceId = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        (Region, Framework, Period, Value) = (region, framework, period, value);
        Code = Checked(code, ObservationsCsv.MaxCodeLength, "code");
        Source = Checked(source, ObservationsCsv.MaxSourceLength, "source");
        EvidenceId = evidenceId is null ? null : Checked(evidenceId, ObservationsCsv.MaxEvidenceLength, "evidence");
    }

    /// <summary>The region it is about.</summary>
    public RegionCode Region { get; }

    /// <summary>The indicator's framework.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>The indicator's code within the framework.</summary>
    public string Code { get; }

    /// <summary>The period the value is about.</summary>
    public ObservationPeriod Period { get; }

    /// <summary>The measured value.</summary>
    public decimal Value { get; }

    /// <summary>Where the value comes from.</summary>
    public string Source { get; }

    /// <summary>The evidence file's id, if any.</summary>
    public string? EvidenceId { get; }

    /// <summary>The observation a line of an observations file holds.</summary>
    public static RegionObservation From(ObservationsCsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Region, row.Framework, row.Code, row.Period, row.Value, row.Source, row.EvidenceId);
    }

    private static string Checked(string? text, int max, string field)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return trimmed.Length == 0 ? throw new DomainException(Problems.EmptyText().Under(field))
            : trimmed.Length > max ? throw new DomainException(Problems.TextTooLong(trimmed.Length, max).Under(field))
            : trimmed;
    }
}
