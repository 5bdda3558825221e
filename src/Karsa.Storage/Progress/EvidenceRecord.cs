namespace Karsa.Storage.Progress;

/// <summary>
/// The metadata of one stored evidence file (table <c>progress_evidence</c>), attached to a programme's
/// report for a fiscal year. The bytes live outside the database, under the evidence folder at
/// <c>REGION/SHA256</c> (<see cref="EvidenceFiles"/>); identical files share one copy.
/// </summary>
public sealed class EvidenceRecord
{
    /// <summary>The evidence id: 32 lower-case hex digits.</summary>
    public required string Id { get; set; }

    /// <summary>The region's Home Affairs code.</summary>
    public required string RegionCode { get; set; }

    /// <summary>The published plan version of the report it belongs to.</summary>
    public int PlanVersion { get; set; }

    /// <summary>The programme's code.</summary>
    public required string ProgrammeCode { get; set; }

    /// <summary>The fiscal year of the report.</summary>
    public int FiscalYear { get; set; }

    /// <summary>The sanitised file name offered for download.</summary>
    public required string FileName { get; set; }

    /// <summary>The evidence kind's name, e.g. <c>PDF</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The content type it is served with.</summary>
    public required string ContentType { get; set; }

    /// <summary>Its size in bytes.</summary>
    public long Bytes { get; set; }

    /// <summary>The SHA-256 of its bytes, 64 lower-case hex digits.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Who uploaded it.</summary>
    public required string UploadedBy { get; set; }

    /// <summary>When it was uploaded (UTC).</summary>
    public DateTimeOffset UploadedAt { get; set; }
}
