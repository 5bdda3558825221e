using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
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
    /// <summary>The problem (KRS018 at <c>region.code</c>) of giving <paramref name="current"/>'s profile the code <paramref name="code"/>; null when it is the same.</summary>
    public static Diagnostic? CodeChange(Region current, RegionCode code)
    {
        ArgumentNullException.ThrowIfNull(current);
        return code == current.Code ? null : Problems.RegionCodeFixed(current.Code.Value, code.Value).Under("region.code");
    }

    internal override MasterplanContent Apply(MasterplanContent content, ICollection<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (CodeChange(content.Region, Region.Code) is not { } changed)
        {
            return content with { Region = Region };
        }

        problems.Add(changed);
        return content;
    }
}
