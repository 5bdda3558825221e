using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Regions;

namespace Karsa.Domain.Edits;

/// <summary>
/// Sets the region profile (name, kind, province, population, area, cohort, districts). The region's
/// code is the plan's identity and never changes: a profile with another code is refused (KRS018) at
/// <c>region.code</c>. Districts that programmes still name are reported by the plan's rules (KRS042)
/// at the programmes' <c>districts[j]</c>.
/// </summary>
public sealed record SetRegionProfile(Region Region) : PlanEdit
{
    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Region.Code == content.Region.Code)
        {
            return content with { Region = Region };
        }

        problems.Add(Problems.RegionCodeFixed(content.Region.Code.Value, Region.Code.Value).Under("region.code"));
        return content;
    }
}
