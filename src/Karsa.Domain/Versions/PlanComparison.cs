using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Versions.Sections;

namespace Karsa.Domain.Versions;

/// <summary>
/// What differs between two versions of a masterplan, section by section in the plan file's order.
/// The version number and state are not compared: they name the versions being compared. Pure: no I/O.
/// </summary>
/// <param name="Sections">Every section, in plan order, each with its changes (empty when unchanged).</param>
public sealed record PlanComparison(ValueList<SectionChanges> Sections)
{
    /// <summary>
    /// The section comparers, in the plan file's order. A new part of the plan gets its own
    /// <see cref="ISectionComparer"/> inserted here in its place.
    /// </summary>
    public static IReadOnlyList<ISectionComparer> Comparers { get; } =
    [
        new GeneralComparer(), new VisionComparer(), new NarrativesComparer(), new BookComparer(), new PlanSectionsComparer(), new ElementsComparer(),
        new ReadinessComparer(), new SwotComparer(), new StrategiesComparer(), new AgenciesComparer(), new CriteriaComparer(), new FundingSourcesComparer(),
        new ProgrammesComparer(),
        new CeilingsComparer(), new IndicatorsComparer(), new TargetsComparer(), new ScenariosComparer(), new RoadmapComparer(),
    ];

    /// <summary>True when any section differs.</summary>
    public bool HasChanges => Sections.Any(s => !s.IsUnchanged);

    /// <summary>Compares <paramref name="older"/> with <paramref name="newer"/>.</summary>
    public static PlanComparison Compare(MasterplanContent older, MasterplanContent newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return new(Comparers.Select(c => new SectionChanges(c.Section, c.Compare(older, newer).ToValueList())).ToValueList());
    }

    /// <summary>The changes of the section with key <paramref name="section"/>.</summary>
    public SectionChanges this[string section] => Sections.Single(s => s.Section == section);
}
