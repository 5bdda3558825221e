using Karsa.Domain.Primitives;

namespace Karsa.Domain.Indicators;

/// <summary>The standard or catalogue an indicator comes from.</summary>
public enum IndicatorFramework
{
    /// <summary>SNI ISO 37120: city services and quality of life.</summary>
    Iso37120,

    /// <summary>ISO 37120:2014, the first edition (17 themes, 100 indicators), on which the WCCD levels are defined.</summary>
    Iso37120Edition2014,

    /// <summary>SNI ISO 37122: smart cities.</summary>
    Iso37122,

    /// <summary>SNI ISO 37123: resilient cities.</summary>
    Iso37123,

    /// <summary>ITU U4SSC key performance indicators.</summary>
    U4ssc,

    /// <summary>SPBE (electronic government) index.</summary>
    Spbe,

    /// <summary>The region's own indicator.</summary>
    Local,
}

/// <summary>Whether a higher or a lower value is better.</summary>
public enum IndicatorDirection
{
    /// <summary>More is better (e.g. internet coverage).</summary>
    HigherIsBetter,

    /// <summary>Less is better (e.g. waste to landfill).</summary>
    LowerIsBetter,
}

/// <summary>
/// A measurable indicator with its framework reference (e.g. ISO 37120 clause 5.1) and baseline.
/// Invariant: the unit is not empty.
/// </summary>
public sealed record Indicator
{
    /// <summary>Creates an indicator.</summary>
    public Indicator(IndicatorCode code, LocalizedText name, string unit, IndicatorFramework framework,
        IndicatorDirection direction, string? frameworkReference = null, string? theme = null, Regions.Measured<decimal>? baseline = null)
    {
        if (string.IsNullOrWhiteSpace(unit))
        {
            throw new Diagnostics.DomainException(Diagnostics.Problems.EmptyText().Under("unit"));
        }

        (Code, Name, Unit, Framework, Direction) = (code, name, unit, framework, direction);
        FrameworkReference = string.IsNullOrWhiteSpace(frameworkReference) ? null : frameworkReference;
        Theme = string.IsNullOrWhiteSpace(theme) ? null : theme;
        Baseline = baseline;
    }

    /// <summary>Unique code in the plan.</summary>
    public IndicatorCode Code { get; }

    /// <summary>Indicator name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Unit of measure, e.g. "%", "per 100.000 penduduk".</summary>
    public string Unit { get; }

    /// <summary>The framework it comes from.</summary>
    public IndicatorFramework Framework { get; }

    /// <summary>Whether higher or lower is better.</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>Code within the framework, e.g. "5.1" or "EC: ICT: ICT: 1C".</summary>
    public string? FrameworkReference { get; }

    /// <summary>Theme within the framework, e.g. "Economy".</summary>
    public string? Theme { get; }

    /// <summary>Baseline value and its year.</summary>
    public Regions.Measured<decimal>? Baseline { get; }
}

/// <summary>The value the plan aims for on an indicator in one year.</summary>
public sealed record IndicatorTarget(IndicatorCode Indicator, FiscalYear Year, decimal Value);
