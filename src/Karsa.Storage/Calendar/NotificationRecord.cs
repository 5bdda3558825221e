namespace Karsa.Storage.Calendar;

/// <summary>
/// A notice shown to one user in the app (table <c>notifications</c>), in both languages, with a link
/// to what it is about; unread until the user marks it read.
/// </summary>
public sealed class NotificationRecord
{
    /// <summary>The row's id.</summary>
    public long Id { get; set; }

    /// <summary>The recipient's user id.</summary>
    public required string UserId { get; set; }

    /// <summary>What it is, e.g. "reminder-upcoming", "overdue-digest".</summary>
    public required string Kind { get; set; }

    /// <summary>The region it concerns, if any.</summary>
    public string? RegionCode { get; set; }

    /// <summary>The text in Indonesian.</summary>
    public required string TextId { get; set; }

    /// <summary>The text in English.</summary>
    public required string TextEn { get; set; }

    /// <summary>A path in the app to what it is about (e.g. <c>/Region/33.13/Obligations</c>), if any.</summary>
    public string? Link { get; set; }

    /// <summary>When it was made (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the user marked it read; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}
