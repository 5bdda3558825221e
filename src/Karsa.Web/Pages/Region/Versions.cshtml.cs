using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Dashboards;
using Karsa.Application.Plans;
using Karsa.Storage;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Region;

/// <summary>A region's versions: the list, publishing the draft (planners), starting a new draft, and choosing two versions to compare.</summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class VersionsModel(IOptions<KarsaWebOptions> options) : RegionVersionsPage(options)
{
    /// <summary>What the last action did, to tell the user.</summary>
    [TempData]
    public string? Done { get; set; }

    /// <summary>Why the last action was refused, with the domain's diagnostics.</summary>
    public UseCaseError? Refusal { get; private set; }

    public Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken) => ShowAsync(region, cancellationToken);

    /// <summary>Publishes the newest version (a draft with an adopted roadmap); a refusal shows the domain's diagnostics.</summary>
    public async Task<IActionResult> OnPostPublishAsync(string region, CancellationToken cancellationToken)
    {
        if (!HttpContext.May(Permission.Publish))
        {
            return Forbid();
        }

        var published = await VersionUseCases.PublishAsync(region, null, Settings.Database, ClaimsActor.Of(HttpContext)?.Name, cancellationToken).ConfigureAwait(false);
        return await AfterAsync(region, published.Error, published.Succeeded
            ? Localization.Say.T($"Versi {published.Value.Stored.Summary.Version} terbit.", $"Version {published.Value.Stored.Summary.Version} is published.")
            : null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a new draft from the newest published version (or names the draft that exists).</summary>
    public async Task<IActionResult> OnPostDraftAsync(string region, CancellationToken cancellationToken)
    {
        if (!HttpContext.May(Permission.EditDraft))
        {
            return Forbid();
        }

        var started = await VersionUseCases.StartDraftAsync(region, Settings.Database, ClaimsActor.Of(HttpContext)?.Name, cancellationToken).ConfigureAwait(false);
        return await AfterAsync(region, started.Error, started.Succeeded
            ? Localization.Say.T($"Draf versi {started.Value.Version} siap disunting.", $"Draft version {started.Value.Version} is ready to edit.")
            : null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IActionResult> AfterAsync(string region, UseCaseError? error, string? done, CancellationToken cancellationToken)
    {
        if (error is not null)
        {
            Refusal = error;
            Response.StatusCode = error.Kind == FailureKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync(region, cancellationToken).ConfigureAwait(false);
        }

        Done = done;
        return RedirectToPage(new { region });
    }
}
