namespace Karsa.Storage.Audit;

/// <summary>One change, as the audit log keeps it: who, when, what, and the state before and after.</summary>
public sealed class AuditEntryRecord
{
    /// <summary>Surrogate key; increases with time.</summary>
    public long Id { get; set; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Who: the user's name (or "karsa" for the command line and the system).</summary>
    public required string Actor { get; set; }

    /// <summary>What kind of change, e.g. "plan.edit", "plan.publish", "user.create", "token.revoke".</summary>
    public required string Action { get; set; }

    /// <summary>The region concerned, if any.</summary>
    public string? RegionCode { get; set; }

    /// <summary>The plan version concerned, if any.</summary>
    public int? Version { get; set; }

    /// <summary>What was changed, e.g. a plan path ("programmes[GOV-01].costs") or a user name.</summary>
    public required string Target { get; set; }

    /// <summary>The state before (JSON or text); null when the thing did not exist.</summary>
    public string? Before { get; set; }

    /// <summary>The state after (JSON or text); null when the thing was removed.</summary>
    public string? After { get; set; }
}
