using System.Text.Json;
using Karsa.Domain.Primitives;
using Karsa.Storage.Jobs;

namespace Karsa.Application.Jobs;

/// <summary>A job as its user sees it.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Kind">One of <see cref="JobKinds"/>.</param>
/// <param name="Region">The region.</param>
/// <param name="Version">The plan version it works on.</param>
/// <param name="ContentHash">That version's content hash when the job was asked for.</param>
/// <param name="Request">The question.</param>
/// <param name="State">One of <see cref="JobStates"/>.</param>
/// <param name="Progress">0..1.</param>
/// <param name="Message">What it is doing, or why it ended.</param>
/// <param name="Attempts">How many times it was started.</param>
/// <param name="CancelRequested">True when its user asked to stop it.</param>
/// <param name="CreatedBy">Who asked.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="StartedAt">When it last started.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="HasFile">True when it made a file (a PDF book).</param>
public sealed record JobStatus(Guid Id, string Kind, string Region, int Version, string ContentHash, JobRequest Request, string State, double Progress,
    LocalizedText? Message, int Attempts, bool CancelRequested, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt, bool HasFile)
{
    /// <summary>True when it will not change again by itself.</summary>
    public bool Finished => JobStates.IsFinished(State);

    /// <summary>The status of a stored job.</summary>
    public static JobStatus Of(JobRecord job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new JobStatus(job.Id, job.Kind, job.RegionCode, job.Version, job.ContentHash,
            JsonSerializer.Deserialize<JobRequest>(job.Request, JobJson.Options)!, job.State, job.Progress, ReadMessage(job.Message),
            job.Attempts, job.CancelRequested, job.CreatedBy, job.CreatedAt, job.StartedAt, job.FinishedAt, job.ResultFile is not null);
    }

    /// <summary>A message as the jobs table keeps it (JSON of both languages).</summary>
    public static string WriteMessage(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return JsonSerializer.Serialize(new StoredMessage(text.Indonesian, text.In(Language.English)), JobJson.Options);
    }

    private static LocalizedText? ReadMessage(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        var stored = JsonSerializer.Deserialize<StoredMessage>(json, JobJson.Options);
        return stored is null || string.IsNullOrWhiteSpace(stored.Id) ? null : new LocalizedText(stored.Id, stored.En);
    }

    private sealed record StoredMessage(string Id, string? En);
}
