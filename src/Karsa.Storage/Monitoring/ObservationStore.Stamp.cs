using System.Globalization;
using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore;
using static Karsa.Storage.Monitoring.ObservationColumns;

namespace Karsa.Storage.Monitoring;

/// <summary>When a region's observations last changed, for caches of pages that show them.</summary>
public sealed partial class ObservationStore
{
    private const string LastRecordedSql = $"SELECT MAX({RecordedAt}) FROM {Table} WHERE {Region} = @region";

    /// <summary>
    /// A text that changes whenever one of <paramref name="region"/>'s observations is added or changed (the
    /// latest time one was recorded; re-recording an unchanged value keeps it); empty when it has none.
    /// One indexed aggregate (the table's key starts with the region).
    /// </summary>
    public Task<string> LastRecordedAsync(RegionCode region, CancellationToken cancellationToken = default) =>
        WithContext(async context =>
        {
            if (!await Schema.ReadableAsync(context, cancellationToken).ConfigureAwait(false))
            {
                return string.Empty;
            }

            var connection = context.Database.GetDbConnection();
            await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = LastRecordedSql;
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = ("@region", region.Value);
            command.Parameters.Add(parameter);
            var last = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return last is null or DBNull ? string.Empty : Convert.ToString(last, CultureInfo.InvariantCulture) ?? string.Empty;
        });
}
