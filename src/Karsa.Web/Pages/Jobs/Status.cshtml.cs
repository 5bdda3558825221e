using Karsa.Application.Jobs;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Jobs;

/// <summary>
/// A job's status: state, progress and message (refreshing itself every 2 s while it works, with or
/// without JavaScript), cancel and retry, and the way to its result.
/// </summary>
[Authorize]
public sealed class StatusModel(IOptions<KarsaWebOptions> options, IJobScheduler scheduler) : PageModel
{
    public JobStatus Job { get; private set; } = null!;

    public bool MayManage { get; private set; }

    /// <summary>Where the result is shown, once the job succeeded.</summary>
    public string? ResultLink => Job.State != JobStates.Succeeded ? null : Job.Kind switch
    {
        JobKinds.Compare => $"/wilayah/{Job.Region}/peta-jalan/banding/{Job.Id}",
        JobKinds.BookPdf => $"/wilayah/{Job.Region}/buku/pdf?handler=Unduh&id={Job.Id}",
        _ => $"/wilayah/{Job.Region}/peta-jalan/hasil/{Job.Id}",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>The status as JSON, for <c>progress.js</c> (cookie sign-in; the API takes tokens only).</summary>
    public async Task<IActionResult> OnGetStatusAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken)
            ? new JsonResult(new { state = Job.State, progress = Job.Progress, message = Say.T(Job.Message), finished = Job.Finished })
            : NotFound();

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!MayManage)
        {
            return Forbid();
        }

        await JobUseCases.CancelAsync(id, options.Value.Database, cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRetryAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!MayManage)
        {
            return Forbid();
        }

        await JobUseCases.RetryAsync(id, options.Value.Database, scheduler, cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await JobUseCases.GetAsync(id, options.Value.Database, cancellationToken);
        var actor = ClaimsActor.Of(HttpContext);
        if (!found.Succeeded || !JobUseCases.MayRead(actor, User.Identity?.Name, found.Value))
        {
            return false;
        }

        Job = found.Value;
        MayManage = JobUseCases.MayManage(actor, User.Identity?.Name, Job);
        return true;
    }
}
