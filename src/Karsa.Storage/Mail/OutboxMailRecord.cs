namespace Karsa.Storage.Mail;

/// <summary>
/// One e-mail waiting in the outbox, or sent from it. Written in the same transaction as the change
/// that causes it; a scheduled job claims it, sends it and marks it sent, so a mail-server outage
/// delays it but loses nothing, and a claim (one conditional update) keeps two servers from sending
/// it twice. Times that queries compare are Unix milliseconds (both providers compare integers).
/// </summary>
public sealed class OutboxMailRecord
{
    /// <summary>The mail's id; also the local part of its Message-Id, so a mail resent after a crash can be recognised.</summary>
    public Guid Id { get; set; }

    /// <summary>What caused it, e.g. "reminder", "overdue".</summary>
    public required string Kind { get; set; }

    /// <summary>The region it concerns, when it concerns one.</summary>
    public string? RegionCode { get; set; }

    /// <summary>The recipient's address.</summary>
    public required string To { get; set; }

    /// <summary>The recipient's display name.</summary>
    public string? ToName { get; set; }

    /// <summary>The subject line.</summary>
    public required string Subject { get; set; }

    /// <summary>The plain-text body.</summary>
    public required string Body { get; set; }

    /// <summary>When it was put in the outbox.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it went out; null while it waits.</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>How many sending attempts failed.</summary>
    public int FailedAttempts { get; set; }

    /// <summary>Not to be tried before this time (Unix milliseconds).</summary>
    public long NextAttemptAt { get; set; }

    /// <summary>The sender (server) that claimed it, while a claim holds.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when the claim holds (Unix milliseconds); after that another sender may take it.</summary>
    public long ClaimedUntil { get; set; }

    /// <summary>Why the last attempt failed.</summary>
    public string? LastError { get; set; }
}
