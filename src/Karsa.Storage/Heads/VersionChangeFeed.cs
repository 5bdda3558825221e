using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Karsa.Storage.Heads;

/// <summary>
/// Follows the changes to a PostgreSQL database's plan versions, so that the version heads the public
/// pages and dashboards ask for on every request are read from memory, not from the database. A
/// trigger on <c>plan_versions</c> (migration <c>VersionChangeNotifications</c>) sends the region code
/// of every inserted, updated or deleted row on the channel <see cref="Channel"/> when its transaction
/// commits, to every web server on the database; each forgets that region's heads. This process's own
/// writes also forget them at once, before the write returns. SQLite has no such channel: there every
/// head is read from the database (an in-process read of one indexed row).
/// </summary>
public static partial class VersionChangeFeed
{
    /// <summary>The PostgreSQL notification channel the trigger sends on.</summary>
    public const string Channel = "karsa_versions";

    /// <summary>The payload that means "anything may have changed" (sent on a truncate).</summary>
    public const string Everything = "*";

    /// <summary>The name of the row trigger the migration creates on <c>plan_versions</c>.</summary>
    internal const string PlanVersionsTrigger = "plan_versions_notify";

    private static readonly ConcurrentDictionary<string, VersionHeadCache> Caches = new(StringComparer.Ordinal);
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Listens on <paramref name="location"/> until <paramref name="cancellationToken"/> is cancelled,
    /// reconnecting after a failure (the heads are read from the database meanwhile). Returns at once
    /// for SQLite. Heads are kept only once the trigger exists (after the schema's migration).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "Whatever broke the connection, the feed must not stop the host: it logs and listens again.")]
    public static async Task FollowAsync(DatabaseLocation location, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(logger);
        if (location.Provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        var cache = Caches.GetOrAdd(location.ConnectionString, _ => new VersionHeadCache());
        var connectionString = new NpgsqlConnectionStringBuilder(location.ConnectionString)
        {
            // Its own connection, outside the pool, probed every few seconds so a lost server is noticed.
            Pooling = false,
            KeepAlive = 10,
            ApplicationName = "karsa-version-feed",
        }.ConnectionString;
        while (!cancellationToken.IsCancellationRequested)
        {
            var live = false;
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                connection.Notification += (_, notice) => Apply(cache, notice.Payload);
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                if (await ListenAsync(connection, cancellationToken).ConfigureAwait(false))
                {
                    cache.GoLive();
                    live = true;
                    Following(logger, location.Display);
                    while (true)
                    {
                        await connection.WaitAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                NotFollowing(logger, error, location.Display);
            }
            finally
            {
                if (live)
                {
                    cache.GoDark();
                }
            }

            await Task.Delay(Retry, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The cache for <paramref name="location"/> when a feed has followed it in this process.</summary>
    internal static VersionHeadCache? CacheOf(DatabaseLocation location) =>
        location.Provider == DatabaseProvider.PostgreSql && Caches.TryGetValue(location.ConnectionString, out var cache) ? cache : null;

    /// <summary>This process changed <paramref name="region"/>'s versions: its heads are forgotten now, not when the notice arrives.</summary>
    internal static void Changed(DatabaseLocation location, string region) => CacheOf(location)?.Changed(region);

    private static void Apply(VersionHeadCache cache, string payload)
    {
        if (payload == Everything)
        {
            cache.ChangedAll();
        }
        else
        {
            cache.Changed(payload);
        }
    }

    /// <summary>Listens on the channel; false when the trigger is not there yet (an unmigrated database).</summary>
    private static async Task<bool> ListenAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var listen = new NpgsqlCommand($"LISTEN {Channel}", connection);
        await listen.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await using var trigger = new NpgsqlCommand(
            $"SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '{PlanVersionsTrigger}' AND tgrelid = to_regclass('plan_versions'))", connection);
        return await trigger.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Following changes to plan versions on {Database}")]
    private static partial void Following(ILogger logger, string database);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not following changes to plan versions on {Database}; heads are read from the database until it is back")]
    private static partial void NotFollowing(ILogger logger, Exception error, string database);
}
