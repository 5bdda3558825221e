namespace Karsa.Storage.Monitoring;

/// <summary>What a batch upsert did.</summary>
/// <param name="Read">Observations in the batch.</param>
/// <param name="Written">
/// Rows inserted or changed; an observation recorded again with the same value, source and evidence is
/// not counted (its row is left as it was). A key repeated within one batch counts once on PostgreSQL
/// (only its last observation is written) and once per change on SQLite (each is written in turn).
/// </param>
public sealed record ObservationUpsert(long Read, long Written);
