using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Karsa.Application.Access;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Jobs;

/// <summary>Helpers for job tests: a planner's API client, queuing solves and waiting for states (with a watchdog that fails instead of hanging).</summary>
internal static class JobTestKit
{
    public const string Region = "33.13";

    /// <summary>Generous: only there so a broken job fails the test instead of hanging it.</summary>
    public static readonly TimeSpan Watchdog = TimeSpan.FromMinutes(8);

    /// <summary>Settings that make every worker of the app run in a test mode.</summary>
    public static Dictionary<string, string> WorkerMode(string mode, int maxConcurrent = 1) => new()
    {
        ["Karsa:Jobs:WorkerEnvironment:KARSA_WORKER_TEST_MODE"] = mode,
        ["Karsa:MaxConcurrentSolves"] = maxConcurrent.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Karsa:Jobs:PollMilliseconds"] = "100",
    };

    public static async Task<HttpClient> PlannerAsync(KarsaWebFactory app, string name = "perencana")
    {
        var user = await app.CreateUserAsync(name, Role.Planner, Region);
        return app.ApiClient(await app.CreateTokenAsync(user));
    }

    /// <summary>Queues a solve; returns the job resource; asserts 202 with the job's Location.</summary>
    public static async Task<JsonElement> SolveAsync(HttpClient client, object? body = null)
    {
        var answer = await client.PostAsJsonAsync(new Uri($"/api/v1/regions/{Region}/roadmap/solve", UriKind.Relative), body ?? new { strategy = "greedy", timeLimitSeconds = 5 });
        await ExpectAsync(HttpStatusCode.Accepted, answer);
        var job = await answer.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"/api/v1/jobs/{job.GetProperty("id").GetString()}", answer.Headers.Location?.OriginalString);
        return job;
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, string id)
    {
        var answer = await client.GetAsync(new Uri($"/api/v1/jobs/{id}", UriKind.Relative));
        await ExpectAsync(HttpStatusCode.OK, answer);
        return await answer.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Asserts the status of <paramref name="answer"/>, showing its body (the problem's detail) when it differs.</summary>
    public static async Task ExpectAsync(HttpStatusCode expected, HttpResponseMessage answer)
    {
        if (answer.StatusCode != expected)
        {
            Assert.Fail($"Expected {(int)expected} {expected}, got {(int)answer.StatusCode} {answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }
    }

    public static string State(JsonElement job) => job.GetProperty("state").GetString()!;

    public static string Id(JsonElement job) => job.GetProperty("id").GetString()!;

    /// <summary>Polls until <paramref name="done"/> holds for the job; fails after the watchdog.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, string id, Func<JsonElement, bool> done)
    {
        using var watchdog = new CancellationTokenSource(Watchdog);
        while (true)
        {
            var job = await GetAsync(client, id);
            if (done(job))
            {
                return job;
            }

            Assert.False(watchdog.IsCancellationRequested, $"Job {id} is still {State(job)} after {Watchdog}: {job}");
            await Task.Delay(100);
        }
    }

    public static Task<JsonElement> FinishedAsync(HttpClient client, string id) =>
        WaitAsync(client, id, job => State(job) is "Succeeded" or "Failed" or "Cancelled");
}
