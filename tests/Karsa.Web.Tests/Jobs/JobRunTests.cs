using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Karsa.Web.Tests.Support;
using static Karsa.Web.Tests.Jobs.JobTestKit;

namespace Karsa.Web.Tests.Jobs;

/// <summary>Jobs on SQLite: queued, run by the worker process, with results kept by plan content, cancellation and the abort path.</summary>
[Collection("Jobs")]
public sealed class JobRunTests
{
    [Fact]
    public async Task A_solve_is_run_by_the_worker_and_its_result_is_kept()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database);
        var client = await PlannerAsync(app);

        var job = await SolveAsync(client, new { timeLimitSeconds = 5 });
        var finished = await FinishedAsync(client, Id(job));

        Assert.Equal("Succeeded", State(finished));
        Assert.Equal(1, finished.GetProperty("progress").GetDouble());
        Assert.Equal(1, finished.GetProperty("attempts").GetInt32());
        var result = await client.GetFromJsonAsync<JsonElement>(new Uri(finished.GetProperty("links").GetProperty("result").GetString()!, UriKind.Relative));
        var programmes = result.GetProperty("indonesian").GetProperty("programmes");
        Assert.True(programmes.GetArrayLength() > 10);
        Assert.Contains(programmes.EnumerateArray(), p => p.GetProperty("status").GetString() == "scheduled");
        Assert.Equal("optimal", result.GetProperty("english").GetProperty("strategy").GetString());
    }

    [Fact]
    public async Task The_same_question_about_the_same_plan_is_solved_once()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database);
        var client = await PlannerAsync(app);

        var first = await SolveAsync(client);
        var again = await SolveAsync(client, new { strategy = "GREEDY", timeLimitSeconds = 5, scenario = " " });
        Assert.Equal(Id(first), Id(again));
        await FinishedAsync(client, Id(first));

        var later = await SolveAsync(client);
        Assert.Equal(Id(first), Id(later));
        Assert.Equal("Succeeded", State(later));
        Assert.Equal(1, (await GetAsync(client, Id(later))).GetProperty("attempts").GetInt32());

        var other = await SolveAsync(client, new { strategy = "greedy", timeLimitSeconds = 6 });
        Assert.NotEqual(Id(first), Id(other));
    }

    [Fact]
    public async Task Cancelling_a_running_job_stops_its_worker()
    {
        using var database = TestDatabases.Sqlite();
        var gate = Path.Combine(Path.GetDirectoryName(database.Db)!, "never");
        await using var app = new KarsaWebFactory(database, settings: WorkerMode("hold:" + gate));
        var client = await PlannerAsync(app);

        var job = await SolveAsync(client);
        await WaitAsync(client, Id(job), j => State(j) == "Running");
        var cancel = await client.DeleteAsync(new Uri($"/api/v1/jobs/{Id(job)}", UriKind.Relative));
        await ExpectAsync(HttpStatusCode.Accepted, cancel);

        var finished = await FinishedAsync(client, Id(job));
        Assert.Equal("Cancelled", State(finished));
        var result = await client.GetAsync(new Uri($"/api/v1/jobs/{Id(job)}/result", UriKind.Relative));
        await ExpectAsync(HttpStatusCode.Conflict, result);
    }

    [Fact]
    public async Task A_native_abort_fails_one_job_with_a_message_and_the_app_goes_on()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, settings: WorkerMode("abort"));
        var client = await PlannerAsync(app);

        var job = await SolveAsync(client);
        var failed = await FinishedAsync(client, Id(job));

        Assert.Equal("Failed", State(failed));
        var english = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/jobs/{Id(job)}?lang=en", UriKind.Relative));
        Assert.Contains("stopped unexpectedly", english.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

        var retry = await client.PostAsync(new Uri($"/api/v1/jobs/{Id(job)}/retry", UriKind.Relative), null);
        await ExpectAsync(HttpStatusCode.Accepted, retry);
        var again = await WaitAsync(client, Id(job), j => State(j) == "Failed" && j.GetProperty("attempts").GetInt32() == 2);
        Assert.Equal(2, again.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task A_job_queued_before_a_restart_runs_after_it()
    {
        using var database = TestDatabases.Sqlite();
        string id;
        await using (var front = new KarsaWebFactory(database, settings: new Dictionary<string, string> { ["Karsa:Jobs:RunJobs"] = "false" }))
        {
            var client = await PlannerAsync(front);
            id = Id(await SolveAsync(client));
            Assert.Equal("Queued", State(await GetAsync(client, id)));
        }

        await using var restarted = new KarsaWebFactory(database);
        var after = await PlannerAsync(restarted, "perencana-2");
        var finished = await FinishedAsync(after, id);
        Assert.Equal("Succeeded", State(finished));
    }

    [Fact]
    public async Task At_most_the_configured_number_of_jobs_run_at_once()
    {
        using var database = TestDatabases.Sqlite();
        var gate = Path.Combine(Path.GetDirectoryName(database.Db)!, "open");
        await using var app = new KarsaWebFactory(database, settings: WorkerMode("hold:" + gate, maxConcurrent: 2));
        var client = await PlannerAsync(app);

        var ids = new List<string>();
        for (var seconds = 5; seconds < 8; seconds++)
        {
            ids.Add(Id(await SolveAsync(client, new { strategy = "greedy", timeLimitSeconds = seconds })));
        }

        var maxRunning = 0;
        async Task<List<string>> StatesAsync()
        {
            var states = new List<string>();
            foreach (var id in ids)
            {
                states.Add(State(await GetAsync(client, id)));
            }

            maxRunning = Math.Max(maxRunning, states.Count(s => s == "Running"));
            return states;
        }

        using var watchdog = new CancellationTokenSource(Watchdog);
        List<string> now;
        while ((now = await StatesAsync()).Count(s => s == "Running") < 2)
        {
            Assert.False(watchdog.IsCancellationRequested, "Two jobs never ran at once: " + string.Join(", ", now));
            await Task.Delay(100);
        }

        // The two running workers wait at the closed gate, so the third cannot have a slot.
        Assert.Equal(1, now.Count(s => s == "Queued"));
        await File.WriteAllTextAsync(gate, "open");
        using var second = new CancellationTokenSource(Watchdog);
        while ((now = await StatesAsync()).Any(s => s is "Queued" or "Running"))
        {
            Assert.False(second.IsCancellationRequested, "The jobs did not finish: " + string.Join(", ", now));
            await Task.Delay(100);
        }

        Assert.All(now, s => Assert.Equal("Succeeded", s));
        Assert.Equal(2, maxRunning);
    }
}
