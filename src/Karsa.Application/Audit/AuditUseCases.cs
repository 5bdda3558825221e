using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Karsa.Storage.Audit;

namespace Karsa.Application.Audit;

/// <summary>One audit entry as readers see it.</summary>
/// <param name="Id">Its number (increases with time).</param>
/// <param name="At">When (UTC).</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What kind of change (see <see cref="AuditActions"/>).</param>
/// <param name="Region">The region concerned.</param>
/// <param name="Version">The plan version concerned.</param>
/// <param name="Target">What was changed.</param>
/// <param name="Before">The state before (JSON).</param>
/// <param name="After">The state after (JSON).</param>
public sealed record AuditView(long Id, DateTimeOffset At, string Actor, string Action, string? Region, int? Version, string Target, string? Before, string? After);

/// <summary>A page of the audit log.</summary>
/// <param name="Entries">This page's entries, newest first.</param>
/// <param name="Total">How many entries match the filter.</param>
/// <param name="Region">The region the page is limited to (the reader's own, for a region administrator), if any.</param>
public sealed record AuditPage(IReadOnlyList<AuditView> Entries, int Total, string? Region);

/// <summary>
/// Reads the audit log. Who may read which part is <see cref="AccessPolicy"/>'s
/// <see cref="Permission.ReadAudit"/>: the whole log (any region, or none) for those allowed on the
/// installation; a region administrator reads their own region's entries only.
/// </summary>
public sealed class AuditUseCases(KarsaDbContext context)
{
    /// <summary>
    /// A page of entries matching <paramref name="region"/>, <paramref name="actor"/> and
    /// <paramref name="action"/> (null: any), newest first.
    /// </summary>
    public async Task<UseCaseResult<AuditPage>> ReadAsync(Actor reader, string? region, string? actor, string? action, int offset, int limit,
        CancellationToken cancellationToken = default)
    {
        region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        if (region is not null && !Failures.TryRegion(region, out _, out var invalid))
        {
            return invalid!;
        }

        if (!AccessPolicy.Allows(reader, Permission.ReadAudit, null))
        {
            // Not the whole log: the reader's own region, when the policy allows it, and nothing else.
            if (reader?.Region is not { } own || !AccessPolicy.Allows(reader, Permission.ReadAudit, own) || (region is not null && region != own.Value))
            {
                return UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
                    "Catatan audit itu tidak dapat Anda baca: hanya catatan wilayah Anda.", "You cannot read that audit log: only your own region's."));
            }

            region = own.Value;
        }

        var query = new AuditQuery(region, Blank(actor), Blank(action), offset, Math.Clamp(limit, 1, 200));
        var (entries, total) = await query.RunAsync(context, cancellationToken).ConfigureAwait(false);
        return UseCaseResult.Success(new AuditPage(
            [.. entries.Select(e => new AuditView(e.Id, e.At, e.Actor, e.Action, e.RegionCode, e.Version, e.Target, e.Before, e.After))], total, region));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
