using Karsa.Application.Evaluation;
using Karsa.Documents;
using Karsa.Domain.Primitives;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Karsa.Web.Pages.Portal;

/// <summary>
/// A region's published evaluation report as a download (DOCX or PDF, in the request's language), for
/// any page or endpoint that offers it: not found while the cycle is unpublished or did not evaluate the
/// region; a missing Chromium for the PDF is a 503 saying so.
/// </summary>
public static class EvaluationReportFile
{
    /// <summary>The public address of the report of <paramref name="region"/> in <paramref name="cycle"/> as <paramref name="extension"/> (docx or pdf).</summary>
    public static string Link(RegionCode region, long cycle, string extension) => $"/publik/{region}/evaluasi/{cycle}/laporan.{extension}";

    /// <summary>The report of <paramref name="region"/> in <paramref name="cycle"/> as an attachment in <paramref name="format"/>.</summary>
    public static async Task<IActionResult> AnswerAsync(string? database, string region, long cycle, BookFormat format, CancellationToken cancellationToken)
    {
        var file = await ReportFiles.PublishedAsync(database, cycle, region, format, Say.Language, cancellationToken).ConfigureAwait(false);
        return file.Succeeded ? BookDownload.Of(file.Value, format) : PageErrors.Status(file.Error);
    }
}
