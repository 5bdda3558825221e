using Karsa.Monitoring.Indicators;
using Npgsql;
using NpgsqlTypes;
using static Karsa.Storage.Monitoring.ObservationColumns;

namespace Karsa.Storage.Monitoring;

/// <summary>
/// PostgreSQL's batch upsert: binary COPY into a temporary table dropped at commit, then one
/// <c>INSERT ... SELECT DISTINCT ON (key) ... ON CONFLICT DO UPDATE</c> (the latest line of a key wins,
/// since one statement may not change a row twice).
/// </summary>
internal static class PostgresUpsert
{
    private const string Staging = "observation_import";

    private const string CreateStaging = $"""
        CREATE TEMPORARY TABLE {Staging} ({Region} text, {Framework} text, {Code} text, {PeriodStart} date, {PeriodEnd} date,
            {Kind} text, {Value} numeric, {Source} text, {Evidence} text, ordinal bigint) ON COMMIT DROP
        """;

    private const string Copy = $"COPY {Staging} ({Data}, ordinal) FROM STDIN (FORMAT BINARY)";

    private const string Merge = $"""
        INSERT INTO {Table} ({Data}, {RecordedBy}, {RecordedAt})
        SELECT DISTINCT ON ({Key}) {Data}, @by, @at FROM {Staging} ORDER BY {Key}, ordinal DESC
        ON CONFLICT ({Key}) {Replace} WHERE {Changed}
        """;

    /// <summary>Upserts every observation of <paramref name="batch"/> within the connection's open transaction.</summary>
    public static async Task<ObservationUpsert> RunAsync(NpgsqlConnection connection, IEnumerable<RegionObservation> batch, string recordedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(CreateStaging, connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var read = await CopyAsync(connection, batch, cancellationToken).ConfigureAwait(false);
        await using var merge = new NpgsqlCommand(Merge, connection);
        merge.Parameters.AddWithValue("by", NpgsqlDbType.Text, recordedBy);
        merge.Parameters.AddWithValue("at", NpgsqlDbType.TimestampTz, at);
        merge.CommandTimeout = 0;
        var written = await merge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return new ObservationUpsert(read, written);
    }

    private static async Task<long> CopyAsync(NpgsqlConnection connection, IEnumerable<RegionObservation> batch, CancellationToken cancellationToken)
    {
        long ordinal = 0;
        await using var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken).ConfigureAwait(false);
        foreach (var observation in batch)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(observation.Region.Value, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(FrameworkNames.Key(observation.Framework), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(observation.Code, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(observation.Period.From, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(observation.Period.To, NpgsqlDbType.Date, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(ObservationStore.KindOf(observation.Period), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(observation.Value, NpgsqlDbType.Numeric, cancellationToken).ConfigureAwait(false);
            await importer.WriteAsync(observation.Source, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            if (observation.EvidenceId is null)
            {
                await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await importer.WriteAsync(observation.EvidenceId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
            }

            await importer.WriteAsync(++ordinal, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        return ordinal;
    }
}
