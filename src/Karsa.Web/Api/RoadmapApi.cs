using Karsa.Application.Access;
using Karsa.Application.Jobs;
using Karsa.Application.Roadmaps;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api;

/// <summary>Roadmap work on a region's plan: solve, what would it take, scenarios, adopt (long work as jobs).</summary>
internal static class RoadmapApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var region = api.MapGroup("/regions/{region}").WithTags("Roadmap");
        region.MapPost("/roadmap/solve", (string region, SolveBody? body, HttpContext http, IOptions<KarsaWebOptions> options, IJobScheduler scheduler, CancellationToken cancellationToken) =>
                SubmitAsync(http, options, scheduler, (body ?? new SolveBody()).Request(JobKinds.Roadmap, region), cancellationToken))
            .RequireAuthorization(nameof(Permission.RunPlanning))
            .WithName("SolveRoadmap").WithSummary("Queues a roadmap solve of the region's newest version (202, Location: the job).");
        region.MapPost("/roadmap/explain", (string region, ExplainBody body, HttpContext http, IOptions<KarsaWebOptions> options, IJobScheduler scheduler, CancellationToken cancellationToken) =>
                SubmitAsync(http, options, scheduler, body.Request(region), cancellationToken))
            .RequireAuthorization(nameof(Permission.RunPlanning))
            .WithName("ExplainRoadmap").WithSummary("Queues \"what would it take\" for some programmes (202, Location: the job).");
        region.MapPost("/roadmap/compare", (string region, CompareBody body, HttpContext http, IOptions<KarsaWebOptions> options, IJobScheduler scheduler, CancellationToken cancellationToken) =>
                SubmitAsync(http, options, scheduler, body.Request(region), cancellationToken))
            .RequireAuthorization(nameof(Permission.RunPlanning))
            .WithName("CompareScenarios").WithSummary("Queues two scenarios (or a scenario and the baseline) planned side by side (202, Location: the job).");
        region.MapPut("/draft/roadmap", AdoptAsync)
            .RequireAuthorization(nameof(Permission.AdoptRoadmap))
            .WithName("AdoptRoadmap").WithSummary("Adopts a finished roadmap job's roadmap into the draft (If-Match: the draft's ETag).");
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, IOptions<KarsaWebOptions> options, IJobScheduler scheduler, JobRequest request, CancellationToken cancellationToken)
    {
        var submitted = await JobUseCases.SubmitAsync(request, http.User.Identity?.Name ?? "?", options.Value.Database, scheduler, cancellationToken);
        return submitted.Succeeded
            ? Results.Accepted($"/api/v1/jobs/{submitted.Value.Id}", JobResource.Of(submitted.Value))
            : ApiProblems.From(submitted.Error);
    }

    private static async Task<IResult> AdoptAsync(string region, AdoptBody body, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var token = Preconditions.RequiredIfMatch(http, out var refusal);
        if (token is null)
        {
            return refusal!;
        }

        var adopted = await RoadmapAdoption.AdoptJobAsync(region, body.JobId, token, options.Value.Database, http.User.Identity?.Name, cancellationToken);
        if (!adopted.Succeeded)
        {
            return ApiProblems.From(adopted.Error);
        }

        http.SetETag(adopted.Value.Token);
        return Results.Ok(new AdoptedResource(adopted.Value.RegionCode, adopted.Value.Version, adopted.Value.Token, body.JobId));
    }

    /// <summary>A solve's options.</summary>
    /// <param name="Scenario">A scenario of the plan; null for the plan's own budget.</param>
    /// <param name="TimeLimitSeconds">The time limit (1 to 600 s).</param>
    /// <param name="Strategy">optimal or greedy.</param>
    internal sealed record SolveBody(string? Scenario = null, int TimeLimitSeconds = 10, string Strategy = "optimal")
    {
        public JobRequest Request(string kind, string region) =>
            new() { Kind = kind, Region = region, Scenario = Scenario, TimeLimitSeconds = TimeLimitSeconds, Strategy = Strategy };
    }

    /// <summary>"What would it take" for <paramref name="Codes"/>.</summary>
    /// <param name="Codes">Programme codes.</param>
    /// <param name="Scenario">A scenario; null for the plan's own budget.</param>
    /// <param name="TimeLimitSeconds">The time limit.</param>
    internal sealed record ExplainBody(IReadOnlyList<string> Codes, string? Scenario = null, int TimeLimitSeconds = 10)
    {
        public JobRequest Request(string region) =>
            new() { Kind = JobKinds.Explain, Region = region, Codes = Codes ?? [], Scenario = Scenario, TimeLimitSeconds = TimeLimitSeconds };
    }

    /// <summary>Two sides to compare; null is the baseline.</summary>
    /// <param name="First">The first scenario.</param>
    /// <param name="Second">The second scenario.</param>
    /// <param name="TimeLimitSeconds">The time limit of each side.</param>
    internal sealed record CompareBody(string? First, string? Second, int TimeLimitSeconds = 10)
    {
        public JobRequest Request(string region) =>
            new() { Kind = JobKinds.Compare, Region = region, Scenario = First, OtherScenario = Second, TimeLimitSeconds = TimeLimitSeconds };
    }

    /// <summary>Which finished job's roadmap to adopt.</summary>
    /// <param name="JobId">The job.</param>
    internal sealed record AdoptBody(Guid JobId);

    /// <summary>The draft after adoption.</summary>
    /// <param name="Region">The region.</param>
    /// <param name="Version">The draft's version.</param>
    /// <param name="Token">Its new token (also the ETag).</param>
    /// <param name="JobId">The job whose roadmap was adopted.</param>
    internal sealed record AdoptedResource(string Region, int Version, string Token, Guid JobId);
}
