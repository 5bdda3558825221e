using System.Collections.Concurrent;
using Karsa.Application.Common;
using Karsa.Application.Portal;
using Karsa.Documents;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Evaluation;

/// <summary>
/// A region's published evaluation report as a download (anyone may: the result is published), written
/// by <see cref="ReportUseCase"/>. A published cycle is frozen, so each report is kept by database,
/// cycle, region, format and language once written; an unpublished cycle or a region it did not
/// evaluate is not found.
/// </summary>
public static class ReportFiles
{
    private const int Capacity = 64;
    private static readonly ConcurrentDictionary<(string Database, long Cycle, string Region, BookFormat Format, Language Language), BookFile> Kept = new();

    /// <summary>The report of <paramref name="region"/> in the published <paramref name="cycle"/>, in <paramref name="format"/> and <paramref name="language"/>.</summary>
    public static Task<UseCaseResult<BookFile>> PublishedAsync(string? database, long cycle, string region, BookFormat format, Language language,
        CancellationToken cancellationToken = default) =>
        PortalUseCases.WithRegion(region, async code =>
        {
            var key = (database ?? string.Empty, cycle, code.Value, format, language);
            if (Kept.TryGetValue(key, out var kept))
            {
                return UseCaseResult.Success(kept);
            }

            var folder = Directory.CreateTempSubdirectory("karsa-evaluation-");
            try
            {
                var name = $"{code}-{(language == Language.English ? "evaluation" : "evaluasi")}-{cycle}.{format.ToString().ToLowerInvariant()}";
                var written = await ReportUseCase.WriteAsync(database, new EvaluationReportRequest(cycle, code, format, Path.Combine(folder.FullName, name), language),
                    cancellationToken).ConfigureAwait(false);
                if (!written.Succeeded)
                {
                    return written.Error;
                }

                var file = new BookFile(await File.ReadAllBytesAsync(written.Value.Path, cancellationToken).ConfigureAwait(false), name, BookFile.ContentTypeOf(format));
                if (Kept.Count >= Capacity)
                {
                    Kept.Clear();
                }

                Kept[key] = file;
                return UseCaseResult.Success(file);
            }
            catch (IOException problem)
            {
                return Failures.FromFile(problem);
            }
            finally
            {
                folder.Delete(recursive: true);
            }
        });
}
