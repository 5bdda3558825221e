using System.Text.Json;
using Karsa.Application.Common;
using Karsa.Application.Jobs;
using Karsa.Application.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Roadmaps;

/// <summary>A finished roadmap, explain or compare job as its page shows it, with the draft's current token (to adopt against).</summary>
/// <param name="Job">The job.</param>
/// <param name="Roadmap">Its roadmap (roadmap and explain jobs).</param>
/// <param name="Comparison">Its two roadmaps (compare jobs).</param>
/// <param name="DraftToken">The token of the region's newest version now.</param>
/// <param name="DraftIsNewer">True when the newest version changed since the job was asked for (its roadmap can no longer be adopted).</param>
/// <param name="YearFirst">The first year of the plan period.</param>
/// <param name="YearLast">The last year of the plan period.</param>
public sealed record RoadmapJobView(JobStatus Job, RoadmapJobResult? Roadmap, ScenarioComparison? Comparison, string DraftToken, bool DraftIsNewer,
    int YearFirst, int YearLast)
{
    /// <summary>The view of job <paramref name="id"/> of <paramref name="region"/>; not found when the job is another region's or has no result.</summary>
    public static async Task<UseCaseResult<RoadmapJobView>> LoadAsync(string region, Guid id, string? database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(region);
        var found = await JobUseCases.ResultAsync(id, database, cancellationToken).ConfigureAwait(false);
        if (!found.Succeeded)
        {
            return found.Error;
        }

        var (job, json) = (found.Value.Status, found.Value.Json);
        if (job.Region != region || job.State != JobStates.Succeeded || json is null || job.Kind == JobKinds.BookPdf)
        {
            return UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
                $"Pekerjaan {id} bukan peta jalan yang selesai dari wilayah {region}.", $"Job {id} is not a finished roadmap of region {region}."));
        }

        var loaded = await PlanSource.LoadAsync(region, database, null, cancellationToken).ConfigureAwait(false);
        if (!loaded.Succeeded)
        {
            return loaded.Error;
        }

        var summary = loaded.Value.Stored!.Summary;
        var period = loaded.Value.Plan.Period;
        return UseCaseResult.Success(new RoadmapJobView(job,
            job.Kind == JobKinds.Compare ? null : JsonSerializer.Deserialize<RoadmapJobResult>(json, JobJson.Options),
            job.Kind == JobKinds.Compare ? JsonSerializer.Deserialize<ScenarioComparison>(json, JobJson.Options) : null,
            summary.Token, summary.Token != job.ContentHash, period.First.Value, period.Last.Value));
    }
}
