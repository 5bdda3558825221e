using Karsa.Application.Books;
using Karsa.Application.Common;
using Karsa.Documents;
using Karsa.Documents.Evaluation;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Evaluation;

/// <summary>What an evaluation report request names.</summary>
/// <param name="Cycle">The published cycle.</param>
/// <param name="Region">The region.</param>
/// <param name="Format">DOCX, HTML or PDF.</param>
/// <param name="OutputPath">Where to write it.</param>
/// <param name="Language">Indonesian unless asked.</param>
/// <param name="Chromium">Chromium for PDF; null for KARSA_CHROMIUM, then /usr/bin/chromium.</param>
public sealed record EvaluationReportRequest(long Cycle, RegionCode Region, BookFormat Format, string OutputPath,
    Language Language = Language.Indonesian, string? Chromium = null);

/// <summary>The written report.</summary>
/// <param name="Path">The full path written.</param>
public sealed record EvaluationReportAnswer(string Path);

/// <summary>
/// Writes a region's published evaluation report (anyone may: the result is published) through
/// <see cref="EvaluationReport"/> and <see cref="BookWriter"/>, with the region's rank in the cycle and
/// its change since the previous published result.
/// </summary>
public static class ReportUseCase
{
    /// <summary>Writes the report of <paramref name="request"/>.</summary>
    public static Task<UseCaseResult<EvaluationReportAnswer>> WriteAsync(string? database, EvaluationReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return EvaluationStores.WithStoreAsync(database, async store =>
        {
            if (await ResultUseCases.ViewAsync(store, request.Cycle, request.Region, cancellationToken).ConfigureAwait(false) is not { } view)
            {
                return EvaluationRefusals.NoResult(request.Cycle, request.Region);
            }

            var evaluation = await store.EvaluationAsync(request.Cycle, request.Region, cancellationToken).ConfigureAwait(false);
            var book = EvaluationReport.Build(new EvaluationReportInput(view.Name, view.Cycle.Cycle, view.Result, evaluation, view.Ranking, view.Change), request.Language);
            var path = Path.GetFullPath(request.OutputPath);
            return await BookOutput.WriteAsync(book, path, request.Format, request.Chromium, cancellationToken).ConfigureAwait(false) is { } failed
                ? failed
                : UseCaseResult.Success(new EvaluationReportAnswer(path));
        }, cancellationToken);
    }
}
