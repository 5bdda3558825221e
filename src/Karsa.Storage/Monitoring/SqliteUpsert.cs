using System.Data.Common;
using Karsa.Monitoring.Indicators;
using static Karsa.Storage.Monitoring.ObservationColumns;

namespace Karsa.Storage.Monitoring;

/// <summary>SQLite's batch upsert: one prepared <c>INSERT ... ON CONFLICT DO UPDATE</c>, its parameters re-bound for every row.</summary>
internal static class SqliteUpsert
{
    private const string Sql = $"""
        INSERT INTO {Table} ({Data}, {RecordedBy}, {RecordedAt})
        VALUES ($region, $framework, $code, $start, $end, $kind, $value, $source, $evidence, $by, $at)
        ON CONFLICT ({Key}) {Replace} WHERE {Changed}
        """;

    private static readonly string[] Names = ["$region", "$framework", "$code", "$start", "$end", "$kind", "$value", "$source", "$evidence"];

    /// <summary>Upserts every observation of <paramref name="batch"/> within <paramref name="transaction"/>.</summary>
    public static ObservationUpsert Run(DbConnection connection, DbTransaction transaction, IEnumerable<RegionObservation> batch, string recordedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        var values = Names.Select(name => Parameter(command, name)).ToArray();
        Parameter(command, "$by").Value = recordedBy;
        Parameter(command, "$at").Value = at;
        command.Prepare();
        long read = 0, written = 0;
        foreach (var observation in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            values[0].Value = observation.Region.Value;
            values[1].Value = FrameworkNames.Key(observation.Framework);
            values[2].Value = observation.Code;
            values[3].Value = observation.Period.From;
            values[4].Value = observation.Period.To;
            values[5].Value = ObservationStore.KindOf(observation.Period);
            values[6].Value = observation.Value;
            values[7].Value = observation.Source;
            values[8].Value = (object?)observation.EvidenceId ?? DBNull.Value;
            written += command.ExecuteNonQuery();
            read++;
        }

        return new ObservationUpsert(read, written);
    }

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
