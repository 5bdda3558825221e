using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Documents;
using Karsa.Documents.Model;
using Karsa.Documents.Rendering.Pdf;
using Karsa.Documents.Roadmap;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Planning.Roadmaps;
using Karsa.Planning.Solving;

namespace Karsa.Application.Books;

/// <summary>Which book to write, and where (<c>karsa book</c>).</summary>
public sealed record BookRequest
{
    /// <summary>A plan file, or a stored region's code.</summary>
    public required string Source { get; init; }

    /// <summary>The database (<c>--db</c>); null for the default.</summary>
    public string? Database { get; init; }

    /// <summary>The stored version; null for the newest.</summary>
    public int? Version { get; init; }

    /// <summary>Buku I, Buku II or both.</summary>
    public BookVolumes Volumes { get; init; } = BookVolumes.All;

    /// <summary>DOCX, HTML or PDF.</summary>
    public BookFormat Format { get; init; } = BookFormat.Docx;

    /// <summary>The book's language.</summary>
    public Language Language { get; init; } = Language.Indonesian;

    /// <summary>The file to write; null for <c>CODE-masterplan[-bukuN].FORMAT</c> in the current folder.</summary>
    public string? OutputPath { get; init; }

    /// <summary>The planner's limit when the plan has no published roadmap to show.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Chromium for PDF; null for KARSA_CHROMIUM, then /usr/bin/chromium.</summary>
    public string? Chromium { get; init; }
}

/// <summary>The written book.</summary>
/// <param name="Path">Where it was written.</param>
/// <param name="FromAdoption">True when it shows the plan's adopted roadmap (no solve).</param>
public sealed record BookAnswer(string Path, bool FromAdoption);

/// <summary>
/// Use case: write the masterplan book. A published version shows its adopted roadmap, never a new
/// solve, so the same published version gives the same book on any machine; a draft or a plan file is
/// planned first. The file is written whole or not at all.
/// </summary>
public static class RenderBook
{
    /// <summary>Writes the book <paramref name="request"/> asks for.</summary>
    public static async Task<UseCaseResult<BookAnswer>> RunAsync(BookRequest request, IProgress<UseCaseProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var loaded = await PlanSource.LoadAsync(request.Source, request.Database, request.Version, cancellationToken).ConfigureAwait(false);
        if (!loaded.Succeeded)
        {
            return loaded.Error;
        }

        var plan = loaded.Value.Plan;
        var planner = new Roadmaps.BookPlanner(request.TimeLimit, progress);
        var roadmap = plan.Content.State == PlanState.Published ? planner.Adopted(plan, cancellationToken) : null;
        var fromAdoption = roadmap is not null;
        if (roadmap is null)
        {
            var planned = planner.Plan(plan, cancellationToken);
            if (planned.Error is { } error)
            {
                return UseCaseError.Of(FailureKind.Infeasible, new LocalizedText(error.Message(Language.Indonesian), error.Message(Language.English)));
            }

            roadmap = planned.Value;
        }

        var book = MasterplanBook.Build(plan, BookRoadmapOf(roadmap, request.Language), new BookOptions(request.Language, request.Volumes),
            progress is null ? null : new BookMessages(progress));
        var path = Path.GetFullPath(request.OutputPath ?? DefaultPath(plan, request.Volumes, request.Format));
        if (await BookOutput.WriteAsync(book, path, request.Format, request.Chromium, cancellationToken).ConfigureAwait(false) is { } failed)
        {
            return failed;
        }

        return UseCaseResult.Success(new BookAnswer(path, fromAdoption), loaded.Warnings);
    }

    /// <summary>The planner's roadmap as the book's view of it: the same view, its reasons in the book's language.</summary>
    public static BookRoadmap BookRoadmapOf(Roadmap roadmap, Language language)
    {
        ArgumentNullException.ThrowIfNull(roadmap);
        return new BookRoadmap(roadmap.View, roadmap.Programmes.ToDictionary(e => e.Code, e => e.ReasonsIn(language)), roadmap.ProvenOptimal,
            Math.Round((decimal)roadmap.Objective, 4),
            roadmap.Programmes.ToDictionary(e => e.Code, e => (IReadOnlyList<BookStartReason>)[.. e.ReasonDetail.Select(d => new BookStartReason(d.StartYear, d.Reason.In(language)))]),
            [.. roadmap.Unused.Select(u => new BookUnusedCeiling(u.Year, u.Source, u.Ceiling, u.Spent, u.Reason.In(language)))]);
    }


    private static string DefaultPath(Masterplan plan, BookVolumes volumes, BookFormat format)
    {
        var suffix = volumes switch { BookVolumes.StrategicAnalysis => "-buku1", BookVolumes.Masterplan => "-buku2", _ => string.Empty };
        return $"{plan.Content.Region.Code.Value}-masterplan{suffix}.{format.ToString().ToLowerInvariant()}";
    }

    /// <summary>The book's chapter reports as use-case progress.</summary>
    private sealed class BookMessages(IProgress<UseCaseProgress> progress) : IProgress<BookProgress>
    {
        public void Report(BookProgress value) => progress.Report(new UseCaseProgress("writing-book",
            new LocalizedText($"Menulis buku: {value.Step}/{value.Total} {value.Stage}", $"Writing the book: {value.Step}/{value.Total} {value.Stage}"),
            (double)value.Step / value.Total));
    }
}
