using Karsa.Application.Access;
using Karsa.Application.Evaluation;
using Karsa.Monitoring.Evaluation.Workflow;
using Karsa.Storage.Evaluation;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Evaluation;

/// <summary>The cycles a region takes part in (every cycle past its draft), for the region's planners and national roles.</summary>
[Authorize(Policy = nameof(Permission.ReadEvaluation))]
public sealed class RegionCyclesModel(IOptions<KarsaWebOptions> options) : PageModel
{
    /// <summary>The region code.</summary>
    [FromRoute]
    public string Region { get; set; } = "";

    /// <summary>The cycles opened to the regions, newest year first.</summary>
    public IReadOnlyList<CycleSummary> Cycles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var listed = await CycleUseCases.ListAsync(options.Value.Database, cancellationToken);
        if (!listed.Succeeded)
        {
            return PageErrors.Status(listed.Error);
        }

        Cycles = [.. listed.Value.Where(c => c.State != CycleState.Draft)];
        return Page();
    }
}
