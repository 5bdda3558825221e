using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Evaluation;
using Karsa.Documents;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>A region's published evaluation report as a DOCX or PDF download, written by <see cref="ReportUseCase"/> in the reader's language.</summary>
[Authorize(Policy = nameof(Permission.ReadEvaluation))]
public sealed class ReportModel(IOptions<KarsaWebOptions> options) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string region, long cycle, string format, CancellationToken cancellationToken)
    {
        if (!Failures.TryRegion(region, out var code, out var wrong))
        {
            return PageErrors.Status(wrong!);
        }

        var kind = format == "pdf" ? BookFormat.Pdf : BookFormat.Docx;
        var folder = Directory.CreateTempSubdirectory("karsa-evaluation-");
        try
        {
            var path = Path.Combine(folder.FullName, $"{region}-evaluasi-{cycle}.{format}");
            var written = await ReportUseCase.WriteAsync(options.Value.Database, new EvaluationReportRequest(cycle, code, kind, path, Say.Language), cancellationToken);
            if (!written.Succeeded)
            {
                return PageErrors.Status(written.Error);
            }

            var contentType = kind == BookFormat.Pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            return File(await System.IO.File.ReadAllBytesAsync(written.Value.Path, cancellationToken), contentType, Path.GetFileName(path));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
