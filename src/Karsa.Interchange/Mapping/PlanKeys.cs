using Karsa.Domain.Agencies;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Regions;

namespace Karsa.Interchange.Mapping;

/// <summary>The plan file's keys for every enum it uses; shared by the reader and the writer.</summary>
internal static class PlanKeys
{
    /// <summary>governance, branding, ...</summary>
    public static KeyTable<Dimension> Dimensions { get; } = new(d => d.Key(), Problems.UnknownDimension);

    /// <summary>kabupaten, kota.</summary>
    public static KeyTable<RegionKind> RegionKinds { get; } = new();

    /// <summary>draft, published.</summary>
    public static KeyTable<PlanState> States { get; } = new();

    /// <summary>dinas, badan, ...</summary>
    public static KeyTable<AgencyKind> AgencyKinds { get; } = new();

    /// <summary>application, infrastructure, ...</summary>
    public static KeyTable<ProgrammeKind> ProgrammeKinds { get; } = new();

    /// <summary>new, running, existing.</summary>
    public static KeyTable<DeliveryStatus> DeliveryStatuses { get; } = new();

    /// <summary>none, yearly, open-ended.</summary>
    public static KeyTable<ProgrammeRecurrence> Recurrences { get; } = new();

    /// <summary>village, training-institute, community-group, private-partner, university, other.</summary>
    public static KeyTable<ImplementerKind> ImplementerKinds { get; } = new();

    /// <summary>benefit, cost.</summary>
    public static KeyTable<CriterionSense> Senses { get; } = new();

    /// <summary>iso37120, iso37120-2014, iso37122, iso37123, u4ssc, spbe, local (the keys observations use too).</summary>
    public static KeyTable<IndicatorFramework> Frameworks { get; } = new(Monitoring.Indicators.FrameworkNames.Key);

    /// <summary>higher, lower.</summary>
    public static KeyTable<IndicatorDirection> Directions { get; } = new(d => d == IndicatorDirection.HigherIsBetter ? "higher" : "lower");

    /// <summary>struktur, infrastruktur, suprastruktur.</summary>
    public static KeyTable<Pillar> Pillars { get; } = new();

    /// <summary>strengths, weaknesses, opportunities, threats.</summary>
    public static KeyTable<SwotKind> Swot { get; } = new(k => k switch
    {
        SwotKind.Strength => "strengths",
        SwotKind.Weakness => "weaknesses",
        SwotKind.Opportunity => "opportunities",
        _ => "threats",
    });
}
