namespace Karsa.Monitoring.Indicators;

/// <summary>How a framework classifies one of its indicators.</summary>
public enum IndicatorKind
{
    /// <summary>ISO core indicator (shall be reported) or U4SSC core KPI.</summary>
    Core,

    /// <summary>ISO supporting indicator (should be reported).</summary>
    Supporting,

    /// <summary>ISO profile indicator (context, not performance).</summary>
    Profile,

    /// <summary>U4SSC advanced KPI.</summary>
    Advanced,

    /// <summary>SPBE indicator judged at maturity level 1 to 5.</summary>
    Maturity,

    /// <summary>The region's own indicator, defined in its plan.</summary>
    Local,
}
