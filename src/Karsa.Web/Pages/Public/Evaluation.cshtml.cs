using Karsa.Application.Evaluation;
using Karsa.Domain.Primitives;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Portal;

/// <summary>
/// A region's published evaluation result, for everyone: the index overall, per evaluation dimension and
/// per smart-city dimension, the rank, the change since the previous result, the findings and the report.
/// Not found while the cycle is unpublished or did not evaluate the region.
/// </summary>
[AllowAnonymous]
public sealed class EvaluationModel(IOptions<KarsaWebOptions> options) : PageModel
{
    /// <summary>The result with its rank and change.</summary>
    public RegionResultView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string region, long cycle, CancellationToken cancellationToken)
    {
        if (!RegionCode.TryParse(region, out var code))
        {
            return NotFound();
        }

        var result = await ResultUseCases.ResultAsync(options.Value.Database, cycle, code, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return PageErrors.Status(result.Error);
        }

        View = result.Value;
        return Page();
    }

    /// <summary>The report's address in <paramref name="extension"/> (docx or pdf).</summary>
    public string ReportLink(string extension) => EvaluationReportFile.Link(View.Result.Region, View.Cycle.Id, extension);
}
