using System.Text.Json;
using Karsa.Application.Books;
using Karsa.Application.Common;
using Karsa.Application.Roadmaps;
using Karsa.Documents;
using Karsa.Domain.Primitives;
using Karsa.Planning.Roadmaps;

namespace Karsa.Application.Jobs;

/// <summary>What a finished job gives: its result (JSON) and, for a book, the file.</summary>
/// <param name="Json">The result.</param>
/// <param name="File">The file's bytes, when the work makes one.</param>
public sealed record JobOutput(string Json, byte[]? File = null);

/// <summary>
/// Use case: does the work of one job (in the worker process): a roadmap solve, "what would it take",
/// a comparison of two scenarios, or the PDF book, each through the existing use case.
/// </summary>
public static class JobWork
{
    /// <summary>Runs <paramref name="input"/>'s request.</summary>
    public static async Task<UseCaseResult<JobOutput>> RunAsync(WorkerInput input, IProgress<UseCaseProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = input.Request.Normalised();
        switch (request.Kind)
        {
            case JobKinds.Roadmap or JobKinds.Explain:
                var planned = await PlanAsync(request, request.Scenario, input.Database, progress, cancellationToken).ConfigureAwait(false);
                return planned.Succeeded ? UseCaseResult.Success(new JobOutput(Serialize(planned.Value)), planned.Warnings) : planned.Error;
            case JobKinds.Compare:
                var first = await PlanAsync(request, request.Scenario, input.Database, progress, cancellationToken).ConfigureAwait(false);
                if (!first.Succeeded)
                {
                    return first.Error;
                }

                var second = await PlanAsync(request, request.OtherScenario, input.Database, progress, cancellationToken).ConfigureAwait(false);
                return second.Succeeded
                    ? UseCaseResult.Success(new JobOutput(Serialize(new ScenarioComparison(first.Value, second.Value))))
                    : second.Error;
            case JobKinds.BookPdf:
                return await BookAsync(request, input.Database, progress, cancellationToken).ConfigureAwait(false);
            default:
                return UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText(
                    $"Jenis pekerjaan '{request.Kind}' tidak dikenal; yang ada: {string.Join(", ", JobKinds.All)}.",
                    $"The job kind '{request.Kind}' is unknown; known: {string.Join(", ", JobKinds.All)}."));
        }
    }

    /// <summary>The roadmap request a job's request means.</summary>
    public static RoadmapRequest RoadmapRequestOf(JobRequest request, string? scenario, string? database)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new RoadmapRequest
        {
            Source = request.Region,
            Database = database,
            Version = request.Version,
            Scenario = scenario,
            TimeLimit = TimeSpan.FromSeconds(request.TimeLimitSeconds),
            Strategy = request.Strategy == "greedy" ? PlanningStrategy.Greedy : PlanningStrategy.Optimal,
            WhatIfs = request.Kind == JobKinds.Explain && request.Codes.Count > 0
                ? WhatIfSelection.For(request.Codes.Select(c => new ProgrammeCode(c)))
                : WhatIfSelection.None,
        };
    }

    private static async Task<UseCaseResult<RoadmapJobResult>> PlanAsync(JobRequest request, string? scenario, string? database,
        IProgress<UseCaseProgress>? progress, CancellationToken cancellationToken)
    {
        var answer = await PlanRoadmap.RunAsync(RoadmapRequestOf(request, scenario, database), progress, cancellationToken).ConfigureAwait(false);
        return answer.Succeeded ? UseCaseResult.Success(RoadmapJobResult.From(answer.Value), answer.Warnings) : answer.Error;
    }

    private static async Task<UseCaseResult<JobOutput>> BookAsync(JobRequest request, string? database, IProgress<UseCaseProgress>? progress, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "karsa-jobs", Guid.NewGuid().ToString("N"));
        try
        {
            var book = await RenderBook.RunAsync(new BookRequest
            {
                Source = request.Region,
                Database = database,
                Version = request.Version,
                Format = BookFormat.Pdf,
                Language = request.Language == "en" ? Language.English : Language.Indonesian,
                OutputPath = Path.Combine(folder, "book.pdf"),
                TimeLimit = TimeSpan.FromSeconds(request.TimeLimitSeconds),
            }, progress, cancellationToken).ConfigureAwait(false);
            if (!book.Succeeded)
            {
                return book.Error;
            }

            var bytes = await File.ReadAllBytesAsync(book.Value.Path, cancellationToken).ConfigureAwait(false);
            return UseCaseResult.Success(new JobOutput(Serialize(new BookJobResult(bytes.Length, book.Value.FromAdoption)), bytes), book.Warnings);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, JobJson.Options);
}

/// <summary>A PDF book job's result; the bytes are the job's file.</summary>
/// <param name="Bytes">The file's size.</param>
/// <param name="FromAdoption">True when it shows the adopted roadmap.</param>
public sealed record BookJobResult(long Bytes, bool FromAdoption);
