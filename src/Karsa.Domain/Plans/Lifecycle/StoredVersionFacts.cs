namespace Karsa.Domain.Plans.Lifecycle;

/// <summary>
/// What the lifecycle needs to know about one stored version of a region's plan: its number, its
/// state, its concurrency token (a fingerprint of its stored content, e.g. usable as an HTTP ETag),
/// and when and by whom it was last saved.
/// </summary>
public sealed record StoredVersionFacts(int Version, PlanState State, string Token, DateTimeOffset SavedAt, string? SavedBy);
