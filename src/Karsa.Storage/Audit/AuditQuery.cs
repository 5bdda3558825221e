using Microsoft.EntityFrameworkCore;

namespace Karsa.Storage.Audit;

/// <summary>Which audit entries to read: all when a filter is null; newest first, a page at a time.</summary>
/// <param name="Region">Only this region's entries (Home Affairs code).</param>
/// <param name="Actor">Only this actor's entries (exact name).</param>
/// <param name="Action">Only this action (e.g. <c>plan.edit</c>), or every action starting with it followed by a dot (e.g. <c>plan</c>).</param>
/// <param name="Offset">How many matching entries to skip.</param>
/// <param name="Limit">How many to return at most.</param>
public sealed record AuditQuery(string? Region, string? Actor, string? Action, int Offset, int Limit)
{
    /// <summary>The page of matching entries, newest first, and how many match in all.</summary>
    public async Task<(IReadOnlyList<AuditEntryRecord> Entries, int Total)> RunAsync(KarsaDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var query = context.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(Region))
        {
            query = query.Where(e => e.RegionCode == Region);
        }

        if (!string.IsNullOrEmpty(Actor))
        {
            query = query.Where(e => e.Actor == Actor);
        }

        if (!string.IsNullOrEmpty(Action))
        {
            var family = Action + ".";
            query = query.Where(e => e.Action == Action || e.Action.StartsWith(family));
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var entries = await query.OrderByDescending(e => e.Id).Skip(Math.Max(0, Offset)).Take(Math.Max(1, Limit))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return (entries, total);
    }
}
