using System.Text.RegularExpressions;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Storage;

namespace Karsa.Cli;

/// <summary>
/// Where a command's plan comes from: a plan file, or a region code whose stored plan is loaded from
/// the database (the newest version unless one is named).
/// </summary>
internal static partial class PlanSource
{
    /// <summary>The plan, or null when the file had errors (already printed).</summary>
    public static async Task<Masterplan?> LoadAsync(CliContext context, string fileOrRegion, string? db, int? version, CancellationToken cancellationToken)
    {
        if (File.Exists(fileOrRegion) || !RegionPattern().IsMatch(fileOrRegion))
        {
            return PlanInput.ReadFile(context, fileOrRegion);
        }

        var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(db), cancellationToken);
        return (await store.LoadAsync(new RegionCode(fileOrRegion), version, cancellationToken)).Plan;
    }

    [GeneratedRegex(@"^\d{2}\.\d{2}$")]
    private static partial Regex RegionPattern();
}
