using System.Globalization;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Monitoring.Progress.Reports;

/// <summary>
/// How a report names its programme: region, published plan version and programme code, so a report
/// keeps pointing at the plan it was made against when a new draft of the plan is started.
/// Invariant: the version is 1 or more.
/// </summary>
public readonly record struct ProgrammeReference
{
    /// <summary>Creates a reference (problem at <c>version</c> when the version is below 1).</summary>
    public ProgrammeReference(RegionCode region, int planVersion, ProgrammeCode programme)
    {
        if (planVersion < 1)
        {
            throw new DomainException(Problems.OutOfRange(new LocalizedText("versi rencana", "plan version"), planVersion.ToString(CultureInfo.InvariantCulture), ">= 1").Under("version"));
        }

        (Region, PlanVersion, Programme) = (region, planVersion, programme);
    }

    /// <summary>The region whose plan it is.</summary>
    public RegionCode Region { get; }

    /// <summary>The plan version number the report is against.</summary>
    public int PlanVersion { get; }

    /// <summary>The programme's code in that version.</summary>
    public ProgrammeCode Programme { get; }

    /// <summary>Written as <c>33.13 v2 GOV-01</c>.</summary>
    public override string ToString() => $"{Region} v{PlanVersion.ToString(CultureInfo.InvariantCulture)} {Programme}";
}
