using Karsa.Monitoring.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Karsa.Storage.Monitoring;

/// <summary>
/// Stores indicator observations (table <c>indicator_observations</c>) in SQLite or PostgreSQL. A batch
/// is upserted in one transaction, all or nothing: an observation already recorded (same region,
/// framework, code and period) gets the new value, source and evidence, and one recorded again
/// unchanged is left as it was, so importing a file twice changes nothing. Within a batch a later
/// observation of the same key wins. PostgreSQL takes the batch by binary COPY into a temporary table
/// and one <c>INSERT ... ON CONFLICT DO UPDATE</c>; SQLite by one prepared upsert re-used for every
/// row. Thread-safe; one instance may serve a web host.
/// </summary>
public sealed partial class ObservationStore : DatabaseStore
{
    /// <summary>Creates the store over <paramref name="contexts"/>, which open the database at <paramref name="location"/>.</summary>
    public ObservationStore(IDbContextFactory<KarsaDbContext> contexts, DatabaseLocation location)
        : base(contexts, location)
    {
    }

    /// <summary>The store at <paramref name="location"/>; the schema is created or upgraded by the first write.</summary>
    public static ObservationStore Open(DatabaseLocation location) => new(KarsaDbContextFactory.For(location), location);

    /// <summary>
    /// Records <paramref name="batch"/> in one transaction as <paramref name="recordedBy"/> at
    /// <paramref name="now"/>. The batch is enumerated once, inside the transaction, so a reader that
    /// throws at its end (as <see cref="Interchange.Indicators.ObservationsCsv"/> does on a wrong file)
    /// leaves the database as it was.
    /// </summary>
    public async Task<ObservationUpsert> UpsertAsync(IEnumerable<RegionObservation> batch, string recordedBy, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordedBy);
        var at = now.ToUniversalTime();
        return await WithContext(async context =>
        {
            await Schema.MigrateAsync(context, cancellationToken).ConfigureAwait(false);
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var outcome = await UpsertWithinAsync(context, transaction, batch, recordedBy, at, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return outcome;
        }).ConfigureAwait(false);
    }

    /// <summary>Upserts <paramref name="batch"/> inside <paramref name="transaction"/>, which the caller commits (a progress import writes its reports in the same one).</summary>
    internal static async Task<ObservationUpsert> UpsertWithinAsync(KarsaDbContext context, IDbContextTransaction transaction, IEnumerable<RegionObservation> batch,
        string recordedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        return connection is Npgsql.NpgsqlConnection postgres
            ? await PostgresUpsert.RunAsync(postgres, batch, recordedBy, at, cancellationToken).ConfigureAwait(false)
            : SqliteUpsert.Run(connection, transaction.GetDbTransaction(), batch, recordedBy, at, cancellationToken);
    }


    /// <summary>The period kind as stored: year, quarter, month or range.</summary>
    internal static string KindOf(ObservationPeriod period) => period.Kind switch
    {
        PeriodKind.Year => "year",
        PeriodKind.Quarter => "quarter",
        PeriodKind.Month => "month",
        _ => "range",
    };
}
