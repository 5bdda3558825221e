using Karsa.Application.Access;
using Karsa.Documents;
using Karsa.Web.Hosting;
using Karsa.Web.Pages.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>A region's published evaluation report as a DOCX or PDF download from the region's pages (the same file as the public one, <see cref="EvaluationReportFile"/>).</summary>
[Authorize(Policy = nameof(Permission.ReadEvaluation))]
public sealed class ReportModel(IOptions<KarsaWebOptions> options) : PageModel
{
    public Task<IActionResult> OnGetAsync(string region, long cycle, string format, CancellationToken cancellationToken) =>
        EvaluationReportFile.AnswerAsync(options.Value.Database, region, cycle,
            string.Equals(format, "pdf", StringComparison.Ordinal) ? BookFormat.Pdf : BookFormat.Docx, cancellationToken);
}
