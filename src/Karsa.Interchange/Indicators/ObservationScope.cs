using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Indicators;

/// <summary>
/// What an observations file imported for one region may hold: observations of that region only
/// (else KRS165 at the region column) and of indicators in <see cref="Known"/> (else KRS166 at the
/// code column), given by framework and the framework's own code.
/// </summary>
/// <param name="Region">The region the file is imported for.</param>
/// <param name="Known">The (framework, code) pairs that may be observed.</param>
public sealed record ObservationScope(RegionCode Region, IReadOnlySet<(IndicatorFramework Framework, string Code)> Known)
{
    /// <summary>The problems of <paramref name="row"/> in this scope, each with the column it is at.</summary>
    public IEnumerable<(string Column, Diagnostic Problem)> Check(ObservationsCsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Region != Region)
        {
            yield return ("region", Problems.ObservationOfOtherRegion(row.Region.Value, Region.Value));
        }

        if (!Known.Contains((row.Framework, row.Code)))
        {
            yield return ("code", Problems.UnknownObservedIndicator(FrameworkNames.Key(row.Framework), row.Code));
        }
    }
}
