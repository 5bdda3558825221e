using Karsa.Domain.Catalogue;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Measures;

/// <summary>
/// One programme as the adopted roadmap plans it: where it sits (dimension, element), its adopted run
/// (null when left out) and its planned spending per (year, funding source key).
/// </summary>
public sealed record ProgrammePlan
{
    internal ProgrammePlan(ProgrammeCode code, Dimension dimension, ElementCode element, FiscalYear? start, FiscalYear? end,
        IReadOnlyDictionary<(FiscalYear Year, string Source), Rupiah> planned) =>
        (Code, Dimension, Element, Start, End, Planned) = (code, dimension, element, start, end, planned);

    /// <summary>The programme.</summary>
    public ProgrammeCode Code { get; }

    /// <summary>Its dimension.</summary>
    public Dimension Dimension { get; }

    /// <summary>Its element.</summary>
    public ElementCode Element { get; }

    /// <summary>The adopted first year; null when the roadmap leaves it out.</summary>
    public FiscalYear? Start { get; }

    /// <summary>The adopted last year; null when the roadmap leaves it out.</summary>
    public FiscalYear? End { get; }

    /// <summary>Planned spending per year and funding source key; empty when left out.</summary>
    public IReadOnlyDictionary<(FiscalYear Year, string Source), Rupiah> Planned { get; }

    /// <summary>True when the adopted roadmap runs it.</summary>
    public bool Scheduled => Start is not null;

    /// <summary>Its whole planned cost, all years and sources.</summary>
    public Rupiah PlannedTotal => Planned.Values.Aggregate(Rupiah.Zero, (sum, amount) => sum + amount);

    /// <summary>The years it runs, <c>End - Start + 1</c>; 0 when left out.</summary>
    public int DurationYears => Start is { } start && End is { } end ? end.YearsSince(start) + 1 : 0;

    /// <summary>Planned spending up to and including <paramref name="year"/>, per funding source key.</summary>
    public IReadOnlyDictionary<string, Rupiah> PlannedUpTo(FiscalYear year) => Planned
        .Where(p => p.Key.Year <= year)
        .GroupBy(p => p.Key.Source, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Aggregate(Rupiah.Zero, (sum, p) => sum + p.Value), StringComparer.Ordinal);
}
