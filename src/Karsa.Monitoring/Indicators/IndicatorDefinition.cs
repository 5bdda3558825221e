using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Indicators;

/// <summary>
/// The full definition of a catalogue indicator, as written in a definitions file the user holds
/// (the ISO texts are copyrighted, so Karsa ships none). <see cref="Kind"/> and <see cref="Theme"/>
/// are needed only to add an ISO indicator the shipped catalogue does not list.
/// </summary>
public sealed record IndicatorDefinition(
    IndicatorFramework Framework,
    string Code,
    LocalizedText Name,
    LocalizedText? Definition = null,
    string? Unit = null,
    LocalizedText? CalculationMethod = null,
    IndicatorKind? Kind = null,
    string? Theme = null);
