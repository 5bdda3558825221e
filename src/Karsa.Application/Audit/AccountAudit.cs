using System.Text.Json;
using Karsa.Storage.Accounts;
using Karsa.Storage.Audit;

namespace Karsa.Application.Audit;

/// <summary>Audit entries of account and token changes: who, which account, and the account before and after.</summary>
public static class AccountAudit
{
    /// <summary>An account as the audit log keeps it (no password, no hashes).</summary>
    public static string? Describe(KarsaUser? user) => user is null ? null : JsonSerializer.Serialize(new
    {
        userName = user.UserName,
        displayName = user.DisplayName,
        role = user.Role,
        region = user.RegionCode,
        agency = user.AgencyCode,
        locked = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow,
    });

    /// <summary>
    /// The entry for <paramref name="action"/> by <paramref name="actor"/> on the account
    /// <paramref name="userName"/> of <paramref name="region"/>, with its states before and after.
    /// </summary>
    public static AuditEntryRecord Entry(string action, string actor, string? userName, string? region, string? before, string? after, DateTimeOffset at) => new()
    {
        At = at,
        Actor = actor.Length > 200 ? actor[..200] : actor,
        Action = action,
        RegionCode = region,
        Target = userName ?? "?",
        Before = before,
        After = after,
    };
}
