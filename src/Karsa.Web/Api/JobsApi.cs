using Karsa.Application.Jobs;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api;

/// <summary>Job status resources: progress, result, cancel, retry. A job is seen by its creator and by whoever reads its region's drafts.</summary>
internal static class JobsApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var jobs = api.MapGroup("/jobs/{id:guid}").WithTags("Jobs").RequireAuthorization();
        jobs.MapGet("", GetAsync).WithName("GetJob").WithSummary("A job's state, progress and message, with links to its result and to cancel it.");
        jobs.MapGet("/result", ResultAsync).WithName("GetJobResult").WithSummary("A finished job's result: JSON, or the PDF file of a book job.");
        jobs.MapDelete("", CancelAsync).WithName("CancelJob").WithSummary("Cancels a job (its creator or a planner of its region); a running worker is stopped.");
        jobs.MapPost("/retry", RetryAsync).WithName("RetryJob").WithSummary("Queues a failed or cancelled job again.");
    }

    private static async Task<IResult> GetAsync(Guid id, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var found = await JobUseCases.GetAsync(id, options.Value.Database, cancellationToken);
        return !found.Succeeded ? ApiProblems.From(found.Error)
            : !JobUseCases.MayRead(ClaimsActor.Of(http), http.User.Identity?.Name, found.Value) ? NotYours(id)
            : Results.Ok(JobResource.Of(found.Value));
    }

    private static async Task<IResult> ResultAsync(Guid id, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var found = await JobUseCases.ResultAsync(id, options.Value.Database, cancellationToken);
        if (!found.Succeeded)
        {
            return ApiProblems.From(found.Error);
        }

        var job = found.Value;
        if (!JobUseCases.MayRead(ClaimsActor.Of(http), http.User.Identity?.Name, job.Status))
        {
            return NotYours(id);
        }

        return job.Status.State != JobStates.Succeeded ? ApiProblems.Of(StatusCodes.Status409Conflict,
                $"Pekerjaan belum selesai dengan hasil (status: {job.Status.State}).", $"The job has not finished with a result (state: {job.Status.State}).")
            : job.File is { } file ? Results.File(file, "application/pdf", $"{job.Status.Region}-masterplan.pdf")
            : Results.Text(job.Json ?? "{}", "application/json");
    }

    private static async Task<IResult> CancelAsync(Guid id, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var found = await JobUseCases.GetAsync(id, options.Value.Database, cancellationToken);
        if (!found.Succeeded)
        {
            return ApiProblems.From(found.Error);
        }

        if (!JobUseCases.MayManage(ClaimsActor.Of(http), http.User.Identity?.Name, found.Value))
        {
            return JobUseCases.MayRead(ClaimsActor.Of(http), http.User.Identity?.Name, found.Value) ? Forbidden() : NotYours(id);
        }

        var cancelled = await JobUseCases.CancelAsync(id, options.Value.Database, cancellationToken);
        return cancelled.Succeeded ? Results.Accepted($"/api/v1/jobs/{id}", JobResource.Of(cancelled.Value)) : ApiProblems.From(cancelled.Error);
    }

    private static async Task<IResult> RetryAsync(Guid id, HttpContext http, IOptions<KarsaWebOptions> options, IJobScheduler scheduler, CancellationToken cancellationToken)
    {
        var found = await JobUseCases.GetAsync(id, options.Value.Database, cancellationToken);
        if (!found.Succeeded)
        {
            return ApiProblems.From(found.Error);
        }

        if (!JobUseCases.MayManage(ClaimsActor.Of(http), http.User.Identity?.Name, found.Value))
        {
            return JobUseCases.MayRead(ClaimsActor.Of(http), http.User.Identity?.Name, found.Value) ? Forbidden() : NotYours(id);
        }

        var retried = await JobUseCases.RetryAsync(id, options.Value.Database, scheduler, cancellationToken);
        return retried.Succeeded ? Results.Accepted($"/api/v1/jobs/{id}", JobResource.Of(retried.Value)) : ApiProblems.From(retried.Error);
    }

    private static IResult NotYours(Guid id) => ApiProblems.Of(StatusCodes.Status404NotFound,
        $"Pekerjaan {id} tidak ditemukan.", $"Job {id} was not found.");

    private static IResult Forbidden() => ApiProblems.Of(StatusCodes.Status403Forbidden,
        "Hanya pembuat pekerjaan atau perencana wilayahnya yang dapat mengubahnya.", "Only the job's creator or a planner of its region may change it.");
}

/// <summary>A job as the API shows it.</summary>
/// <param name="Id">The job.</param>
/// <param name="Kind">roadmap, explain, compare or book-pdf.</param>
/// <param name="Region">The region.</param>
/// <param name="Version">The plan version.</param>
/// <param name="State">Queued, Running, Succeeded, Failed or Cancelled.</param>
/// <param name="Progress">0..1.</param>
/// <param name="Message">What it is doing, or why it ended, in the request's language.</param>
/// <param name="Attempts">How many times it was started.</param>
/// <param name="CancelRequested">True when its user asked to stop it.</param>
/// <param name="CreatedBy">Who asked.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="Links">self, result (when it succeeded), cancel.</param>
public sealed record JobResource(Guid Id, string Kind, string Region, int Version, string State, double Progress, string? Message, int Attempts,
    bool CancelRequested, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt, IReadOnlyDictionary<string, string> Links)
{
    /// <summary>The resource of <paramref name="job"/>.</summary>
    public static JobResource Of(JobStatus job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var self = $"/api/v1/jobs/{job.Id}";
        var links = new Dictionary<string, string> { ["self"] = self, ["cancel"] = self, ["page"] = $"/pekerjaan/{job.Id}" };
        if (job.State == JobStates.Succeeded)
        {
            links["result"] = self + "/result";
        }

        return new JobResource(job.Id, job.Kind, job.Region, job.Version, job.State, Math.Round(job.Progress, 3),
            job.Message is null ? null : Say.T(job.Message), job.Attempts, job.CancelRequested, job.CreatedBy, job.CreatedAt, job.FinishedAt, links);
    }
}
