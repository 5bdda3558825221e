namespace Karsa.Storage.Accounts;

/// <summary>
/// A personal API token. Only its SHA-256 hash is stored; the token itself is shown once, when it is
/// made. A token works until it expires or is revoked.
/// </summary>
public sealed class ApiTokenRecord
{
    /// <summary>Surrogate key.</summary>
    public Guid Id { get; set; }

    /// <summary>The owner's user id.</summary>
    public required string UserId { get; set; }

    /// <summary>The name its owner gave it (e.g. "laporan bulanan").</summary>
    public required string Name { get; set; }

    /// <summary>The first characters of the token, to tell tokens apart in a list.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the token, hex.</summary>
    public required string Hash { get; set; }

    /// <summary>When it was made (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it stops working (UTC).</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When its owner or an administrator revoked it (UTC), if they did.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>When it was last used (UTC), if it was.</summary>
    public DateTimeOffset? LastUsedAt { get; set; }
}
