using Karsa.Domain.Plans;
using Karsa.Domain.Versions;

namespace Karsa.Application.Versions;

/// <summary>One side of a comparison: a stored version's number and state.</summary>
public sealed record VersionInfo(int Version, PlanState State);

/// <summary>The differences between two versions of a region's plan, with what names them.</summary>
/// <param name="RegionCode">The region, e.g. 33.13.</param>
/// <param name="RegionName">Its full name in the newer version, e.g. "Kabupaten Karanganyar".</param>
/// <param name="Older">The version compared from.</param>
/// <param name="Newer">The version compared to.</param>
/// <param name="Changes">What differs, section by section.</param>
public sealed record VersionComparison(string RegionCode, string RegionName, VersionInfo Older, VersionInfo Newer, PlanComparison Changes)
{
    /// <summary>Compares two plan contents as versions of one region.</summary>
    public static VersionComparison Of(MasterplanContent older, MasterplanContent newer, int olderVersion, int newerVersion)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        return new(newer.Region.Code.Value, newer.Region.FullName, new(olderVersion, older.State), new(newerVersion, newer.State),
            PlanComparison.Compare(older, newer));
    }
}
