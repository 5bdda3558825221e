namespace Karsa.Storage.Monitoring;

/// <summary>A recorded observation, with who recorded it and when.</summary>
/// <param name="Observation">The observation.</param>
/// <param name="RecordedBy">Who recorded it (the last time its value changed).</param>
/// <param name="RecordedAt">When (UTC).</param>
public sealed record StoredObservation(RegionObservation Observation, string RecordedBy, DateTimeOffset RecordedAt);
