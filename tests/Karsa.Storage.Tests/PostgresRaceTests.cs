using System.Data.Common;
using Karsa.Domain.Primitives;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Karsa.Storage.Tests;

/// <summary>
/// PostgreSQL lets two transactions read the same newest version at once (SQLite serialises writers),
/// so there the race reaches the unique index on (region, version): it must still end as one success
/// and one conflict. An interceptor holds each save's insert until both have read.
/// </summary>
public sealed class PostgresRaceTests
{
    [SkippableFact]
    public async Task Two_imports_that_both_read_before_either_inserts_give_one_success_and_one_conflict()
    {
        using var database = TestDatabases.Postgres();
        var setup = await PlanStore.OpenAsync(database.Location);
        await setup.SaveAsync(PlanStoreContract.SamplePlan());
        await setup.PublishAsync(new RegionCode("33.13"));
        using var bothRead = new Barrier(2);
        var hold = new HoldInsert(bothRead);
        var first = new PlanStore(new KarsaDbContextFactory(database.Location, o => o.AddInterceptors(hold)), database.Location);
        var second = new PlanStore(new KarsaDbContextFactory(database.Location, o => o.AddInterceptors(hold)), database.Location);

        var results = await Task.WhenAll(
            PlanStoreContract.Attempt(() => first.SaveAsync(PlanStoreContract.SamplePlan("Ani"))),
            PlanStoreContract.Attempt(() => second.SaveAsync(PlanStoreContract.SamplePlan("Budi"))));

        Assert.Single(results, r => r is SaveOutcome { Version: 2 });
        var conflict = Assert.IsType<ConcurrencyConflictException>(Assert.Single(results, r => r is Exception));
        Assert.Equal(2, conflict.NewerVersion);
        Assert.Equal([1, 2], (await setup.ListAsync()).Select(v => v.Version));
    }

    private sealed class HoldInsert(Barrier bothRead) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO plan_versions", StringComparison.Ordinal)
                && !await Task.Run(() => bothRead.SignalAndWait(TimeSpan.FromMinutes(1)), cancellationToken))
            {
                throw new InvalidOperationException("the other save never reached its insert");
            }

            return result;
        }
    }
}
