namespace Karsa.Storage.Jobs;

/// <summary>
/// A piece of long work (a roadmap solve, a "what would it take", a scenario, a PDF book) as its user
/// sees it: queued, running with progress, done with a result, failed with a message, or cancelled.
/// The scheduler (Quartz) runs it; this row is what pages and the API read. A finished job's result is
/// found again by <see cref="RequestKey"/>, so the same question about the same plan content is not
/// solved twice.
/// </summary>
public sealed class JobRecord
{
    /// <summary>The job's id (also its status resource's id).</summary>
    public Guid Id { get; set; }

    /// <summary>What kind of work, e.g. "roadmap", "explain", "scenario", "book-pdf".</summary>
    public required string Kind { get; set; }

    /// <summary>The region whose plan it works on.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The plan version it works on.</summary>
    public int Version { get; set; }

    /// <summary>The content hash of that version when the job was asked for.</summary>
    public required string ContentHash { get; set; }

    /// <summary>SHA-256 of the kind, the content hash and the request: equal keys ask the same question.</summary>
    public required string RequestKey { get; set; }

    /// <summary>The request (JSON).</summary>
    public required string Request { get; set; }

    /// <summary>"Queued", "Running", "Succeeded", "Failed" or "Cancelled".</summary>
    public required string State { get; set; }

    /// <summary>Progress from 0 to 1.</summary>
    public double Progress { get; set; }

    /// <summary>What it is doing now or why it ended (as the user reads it; JSON of both languages).</summary>
    public string? Message { get; set; }

    /// <summary>The result (JSON), when it succeeded.</summary>
    public string? Result { get; set; }

    /// <summary>A binary result (e.g. the PDF book), when the work makes a file.</summary>
    public byte[]? ResultFile { get; set; }

    /// <summary>How many times it has been started.</summary>
    public int Attempts { get; set; }

    /// <summary>Set when its user asked to cancel it; the running worker stops.</summary>
    public bool CancelRequested { get; set; }

    /// <summary>Who asked for it.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>When it was asked for (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When it last started (UTC).</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When it ended (UTC).</summary>
    public DateTimeOffset? FinishedAt { get; set; }
}
