using Karsa.Documents;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Portal;

/// <summary>The published evaluation report of a region as DOCX or PDF (anyone; not found unless published).</summary>
[AllowAnonymous]
public sealed class EvaluationReportModel(IOptions<KarsaWebOptions> options) : PageModel
{
    public Task<IActionResult> OnGetAsync(string region, long cycle, string format, CancellationToken cancellationToken) =>
        EvaluationReportFile.AnswerAsync(options.Value.Database, region, cycle,
            string.Equals(format, "pdf", StringComparison.Ordinal) ? BookFormat.Pdf : BookFormat.Docx, cancellationToken);
}
