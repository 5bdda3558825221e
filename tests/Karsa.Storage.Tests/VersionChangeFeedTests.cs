using System.Data.Common;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Storage.Heads;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Karsa.Storage.Tests;

/// <summary>
/// On PostgreSQL the heads that public pages ask for are kept in memory while the feed follows the
/// database, and a change made by any other process (here: plain SQL on another connection, which
/// this process's store never sees) reaches them through the trigger's notification.
/// </summary>
public sealed class VersionChangeFeedTests
{
    private static readonly RegionCode Karanganyar = new("33.13");

    [SkippableFact]
    public async Task A_head_is_read_once_from_the_database_then_from_memory_until_another_process_changes_the_region()
    {
        using var database = TestDatabases.Postgres();
        var writer = await PlanStore.OpenAsync(database.Location);
        await writer.SaveAsync(PlanStoreContract.SamplePlan());
        await writer.PublishAsync(Karanganyar);
        await writer.SaveAsync(PlanStoreContract.SamplePlan("Draf kedua"));
        using var following = new CancellationTokenSource();
        var feed = VersionChangeFeed.FollowAsync(database.Location, NullLogger.Instance, following.Token);
        await Eventually(() => Task.FromResult(VersionChangeFeed.CacheOf(database.Location)?.Live == true), "the feed to listen");
        var queries = new CountHeadQueries();
        var reader = new PlanStore(new KarsaDbContextFactory(database.Location, o => o.AddInterceptors(queries)), database.Location);

        var first = await reader.HeadAsync(Karanganyar, publishedOnly: true);
        var second = await reader.HeadAsync(Karanganyar, publishedOnly: true);

        Assert.Equal(1, first?.Version);
        Assert.Equal(first, second);
        Assert.Equal(1, queries.Count);

        // Another process publishes version 2: this process's stores take no part in it.
        await using (var other = new NpgsqlConnection(database.Location.ConnectionString))
        {
            await other.OpenAsync();
            await using var publish = new NpgsqlCommand(
                "UPDATE plan_versions SET \"State\" = 'Published', \"PublishedAt\" = now() WHERE \"RegionCode\" = '33.13' AND \"Version\" = 2", other);
            Assert.Equal(1, await publish.ExecuteNonQueryAsync());
        }

        await Eventually(async () => (await reader.HeadAsync(Karanganyar, publishedOnly: true))?.Version == 2, "the published version 2 to be read");
        await following.CancelAsync();
        await feed;
        Assert.False(VersionChangeFeed.CacheOf(database.Location)!.Live);
    }

    [SkippableFact]
    public async Task A_write_through_this_process_is_seen_by_the_next_read_without_waiting_for_the_notification()
    {
        using var database = TestDatabases.Postgres();
        var store = await PlanStore.OpenAsync(database.Location);
        await store.SaveAsync(PlanStoreContract.SamplePlan());
        using var following = new CancellationTokenSource();
        var feed = VersionChangeFeed.FollowAsync(database.Location, NullLogger.Instance, following.Token);
        await Eventually(() => Task.FromResult(VersionChangeFeed.CacheOf(database.Location)?.Live == true), "the feed to listen");
        Assert.Null(await store.HeadAsync(Karanganyar, publishedOnly: true));

        await store.PublishAsync(Karanganyar);

        Assert.Equal(PlanState.Published, (await store.HeadAsync(Karanganyar, publishedOnly: true))?.State);
        await following.CancelAsync();
        await feed;
    }

    /// <summary>Waits for a condition that a notification makes true (it arrives after the commit, on another thread).</summary>
    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Waited 30 s for {what}.");
    }

    private sealed class CountHeadQueries : DbCommandInterceptor
    {
        public int Count;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM plan_versions", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref Count);
            }

            return ValueTask.FromResult(result);
        }
    }
}
