using System.Net;
using Karsa.Application.Access;
using Karsa.Application.Jobs;
using Karsa.Storage;
using Karsa.Storage.Jobs;
using Karsa.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Web.Tests.Access;

/// <summary>
/// The companion of <see cref="AuthorizationMatrixTests"/> for the job endpoints, with jobs that exist: a
/// failed job in the caller's region, in another region, and one the caller asked for, each answer written
/// out as the exact status (a job the caller may not read is a 404, so that a job's existence does not leak;
/// one they may read but not change is a 403). Every cell gets a fresh job, so a cancel or retry in one cell
/// changes nothing in another. Jobs are stored, never run (<c>Karsa:Jobs:RunJobs=false</c>).
/// </summary>
public sealed class JobAuthorizationMatrixTests
{
    private const string OwnRegion = "33.13";
    private const string OtherRegion = "33.72";

    /// <summary>
    /// The answer of each job endpoint per caller. Whose job: Own (region of the caller, asked by someone
    /// else), Other (another region, someone else), Mine (the caller's region, asked by the caller).
    /// Roles: SA system administrator, ME ministry evaluator, RA region administrator, PL planner, AR agency reporter, VW viewer.
    /// </summary>
    private static readonly Row[] Table =
    [
        //     method    path       whose           anonymous  SA   ME   RA   PL   AR   VW
        new("GET",    "",        Whose.Own,      401,       200, 200, 200, 200, 200, 200),
        new("GET",    "/result", Whose.Own,      401,       409, 409, 409, 409, 409, 409),
        new("DELETE", "",        Whose.Own,      401,       403, 403, 403, 202, 403, 403),
        new("POST",   "/retry",  Whose.Own,      401,       403, 403, 403, 202, 403, 403),

        new("GET",    "",        Whose.Other,    401,       200, 200, 404, 404, 404, 404),
        new("GET",    "/result", Whose.Other,    401,       409, 409, 404, 404, 404, 404),
        new("DELETE", "",        Whose.Other,    401,       403, 403, 404, 404, 404, 404),
        new("POST",   "/retry",  Whose.Other,    401,       403, 403, 404, 404, 404, 404),

        new("GET",    "",        Whose.Mine,     401,       200, 200, 200, 200, 200, 200),
        new("GET",    "/result", Whose.Mine,     401,       409, 409, 409, 409, 409, 409),
        new("DELETE", "",        Whose.Mine,     401,       202, 202, 202, 202, 202, 202),
        new("POST",   "/retry",  Whose.Mine,     401,       202, 202, 202, 202, 202, 202),
    ];

    private static readonly (string Name, Role Role)[] Roles =
    [
        ("SA", Role.SystemAdministrator), ("ME", Role.MinistryEvaluator), ("RA", Role.RegionAdministrator),
        ("PL", Role.Planner), ("AR", Role.AgencyReporter), ("VW", Role.Viewer),
    ];

    [Fact]
    public async Task Every_job_endpoint_answers_each_caller_as_the_table_says_for_jobs_that_exist()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, settings: new Dictionary<string, string> { ["Karsa:Jobs:RunJobs"] = "false" });
        var callers = new List<(string Name, HttpClient Client)> { ("anonymous", app.ApiClient(null)) };
        foreach (var (name, role) in Roles)
        {
            var national = role is Role.SystemAdministrator or Role.MinistryEvaluator;
            var user = await app.CreateUserAsync("jobs-" + name, role, national ? null : OwnRegion, role == Role.AgencyReporter ? "DISKOMINFO" : null);
            callers.Add((name, app.ApiClient(await app.CreateTokenAsync(user))));
        }

        var wrong = new List<string>();
        foreach (var row in Table)
        {
            for (var column = 0; column < callers.Count; column++)
            {
                var (name, client) = callers[column];
                var id = await StoreFailedJobAsync(app, row.Whose == Whose.Other ? OtherRegion : OwnRegion, row.Whose == Whose.Mine ? "jobs-" + name : "someone-else");
                using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri($"/api/v1/jobs/{id}{row.Path}", UriKind.Relative));
                using var answer = await client.SendAsync(request);
                if ((int)answer.StatusCode != row.Expected[column])
                {
                    wrong.Add($"{row.Method} /api/v1/jobs/{{{row.Whose} job}}{row.Path} as {name}: expected {row.Expected[column]}, got {(int)answer.StatusCode}");
                }
            }
        }

        foreach (var (_, client) in callers)
        {
            client.Dispose();
        }

        Assert.True(wrong.Count == 0, "Unexpected cells:\n" + string.Join('\n', wrong));
    }

    /// <summary>Stores a failed roadmap job of <paramref name="region"/> asked for by <paramref name="createdBy"/>; returns its id.</summary>
    private static async Task<Guid> StoreFailedJobAsync(KarsaWebFactory app, string region, string createdBy)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<KarsaDbContext>();
        var id = Guid.NewGuid();
        var request = new JobRequest { Kind = JobKinds.Roadmap, Region = region, Version = 1 };
        context.Jobs.Add(new JobRecord
        {
            Id = id,
            Kind = request.Kind,
            RegionCode = region,
            Version = 1,
            ContentHash = "uji",
            RequestKey = id.ToString(),
            Request = System.Text.Json.JsonSerializer.Serialize(request, JobJson.Options),
            State = JobStates.Failed,
            Message = JobStatus.WriteMessage(new Domain.Primitives.LocalizedText("Gagal (uji).", "Failed (a test).")),
            CreatedBy = createdBy,
            CreatedAt = DateTimeOffset.UtcNow,
            FinishedAt = DateTimeOffset.UtcNow,
        });
        await context.SaveChangesAsync();
        return id;
    }

    private enum Whose
    {
        Own,
        Other,
        Mine,
    }

    private sealed record Row(string Method, string Path, Whose Whose, params int[] Expected);
}
