using Karsa.Web.Tests.Support;
using static Karsa.Web.Tests.Jobs.JobTestKit;

namespace Karsa.Web.Tests.Jobs;

/// <summary>Jobs on PostgreSQL: the Quartz store in the same database, and two clustered servers sharing it.</summary>
[Collection("Jobs")]
public sealed class PostgresJobTests
{
    [SkippableFact]
    public async Task A_solve_runs_on_postgres()
    {
        using var database = TestDatabases.Postgres();
        await using var app = new KarsaWebFactory(database);
        var client = await PlannerAsync(app);

        var finished = await FinishedAsync(client, Id(await SolveAsync(client)));
        Assert.Equal("Succeeded", State(finished));
    }

    [SkippableFact]
    public async Task Two_servers_on_one_database_run_each_job_exactly_once()
    {
        using var database = TestDatabases.Postgres();
        await using var first = new KarsaWebFactory(database);
        await using var second = new KarsaWebFactory(database, loadSample: false);
        var onFirst = await PlannerAsync(first);
        var onSecond = await PlannerAsync(second, "perencana-2");

        var ids = new List<string>();
        for (var seconds = 5; seconds < 9; seconds++)
        {
            ids.Add(Id(await SolveAsync(seconds % 2 == 0 ? onFirst : onSecond, new { strategy = "greedy", timeLimitSeconds = seconds })));
        }

        foreach (var id in ids)
        {
            var finished = await FinishedAsync(onSecond, id);
            Assert.Equal("Succeeded", State(finished));
            Assert.Equal(1, finished.GetProperty("attempts").GetInt32());
        }
    }
}
