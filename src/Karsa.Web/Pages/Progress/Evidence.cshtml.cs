using Karsa.Application.Access;
using Karsa.Application.Progress;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Progress;

/// <summary>An evidence file, always as an attachment with its stored content type (never shown inline; nosniff is on every answer).</summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class EvidenceModel(IOptions<KarsaWebOptions> options) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string region, string id, CancellationToken cancellationToken)
    {
        var found = await EvidenceUseCases.DownloadAsync(options.Value.Database, region, id, cancellationToken);
        return found.Succeeded ? File(found.Value.Content, found.Value.ContentType, found.Value.FileName) : PageErrors.Status(found.Error);
    }
}
