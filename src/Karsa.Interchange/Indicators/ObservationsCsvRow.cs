using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Indicators;

/// <summary>
/// One observation read from an observations file: a region's value of an indicator (its framework
/// and the framework's own code, e.g. <c>u4ssc</c> and <c>EC: ICT: ICT: 1C</c>, or <c>local</c> and
/// the plan's code) for a period, with its source and, optionally, the id of its evidence file.
/// </summary>
/// <param name="Line">The file line it was read from (1-based).</param>
/// <param name="Region">The region it is about.</param>
/// <param name="Framework">The indicator's framework.</param>
/// <param name="Code">The indicator's code within the framework.</param>
/// <param name="Period">The period the value is about.</param>
/// <param name="Value">The measured value.</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="EvidenceId">The evidence file's id, if any.</param>
public sealed record ObservationsCsvRow(long Line, RegionCode Region, IndicatorFramework Framework, string Code, ObservationPeriod Period,
    decimal Value, string Source, string? EvidenceId);
