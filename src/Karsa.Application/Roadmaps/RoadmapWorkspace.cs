using Karsa.Application.Common;
using Karsa.Application.Jobs;
using Karsa.Application.Plans;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Roadmaps;

/// <summary>A scenario as the roadmap pages offer it.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it changes, when the plan says.</param>
public sealed record ScenarioChoice(string Name, LocalizedText? Description);

/// <summary>A programme as the roadmap pages name it.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
public sealed record ProgrammeChoice(string Code, LocalizedText Name);

/// <summary>What the roadmap pages of a region show around the jobs: the newest version, its scenarios and programmes, and the recent roadmap jobs.</summary>
/// <param name="Summary">The region's newest version.</param>
/// <param name="Scenarios">The plan's scenarios.</param>
/// <param name="Programmes">The plan's programmes.</param>
/// <param name="RecentJobs">The region's newest jobs, newest first.</param>
public sealed record RoadmapWorkspace(PlanVersionSummary Summary, IReadOnlyList<ScenarioChoice> Scenarios, IReadOnlyList<ProgrammeChoice> Programmes,
    IReadOnlyList<JobStatus> RecentJobs)
{
    /// <summary>The workspace of <paramref name="region"/>'s newest version.</summary>
    public static async Task<UseCaseResult<RoadmapWorkspace>> LoadAsync(string region, string? database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(region);
        var loaded = await PlanSource.LoadAsync(region, database, null, cancellationToken).ConfigureAwait(false);
        if (!loaded.Succeeded)
        {
            return loaded.Error;
        }

        var (plan, stored) = loaded.Value;
        var jobs = await JobTable.WithContextAsync(database, async context =>
        {
            // Without results and files; ordered here, because SQLite cannot order by a DateTimeOffset.
            var rows = await context.Jobs.AsNoTracking().Where(j => j.RegionCode == region)
                .Select(j => new Storage.Jobs.JobRecord
                {
                    Id = j.Id,
                    Kind = j.Kind,
                    RegionCode = j.RegionCode,
                    Version = j.Version,
                    ContentHash = j.ContentHash,
                    RequestKey = j.RequestKey,
                    Request = j.Request,
                    State = j.State,
                    Progress = j.Progress,
                    Message = j.Message,
                    Attempts = j.Attempts,
                    CancelRequested = j.CancelRequested,
                    CreatedBy = j.CreatedBy,
                    CreatedAt = j.CreatedAt,
                    StartedAt = j.StartedAt,
                    FinishedAt = j.FinishedAt,
                })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(rows.OrderByDescending(j => j.CreatedAt).Take(10).Select(JobStatus.Of).ToList());
        }).ConfigureAwait(false);
        if (!jobs.Succeeded)
        {
            return jobs.Error;
        }

        return UseCaseResult.Success(new RoadmapWorkspace(
            stored!.Summary,
            [.. plan.Content.Scenarios.Select(s => new ScenarioChoice(s.Name, s.Description))],
            [.. plan.Programmes.Select(p => new ProgrammeChoice(p.Code.Value, p.Name))],
            jobs.Value), loaded.Warnings);
    }
}
