using System.Text;
using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Indicators;

/// <summary>
/// Uploads a region's observations CSV (planners): all or nothing, every error at line and column; and the
/// region's indicator definitions file (YAML), which gives ISO indicators their kinds.
/// </summary>
[Authorize(Policy = nameof(Permission.RecordObservations))]
[RequestSizeLimit(MaxUploadBytes + 65536)]
public sealed class UploadModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>The largest observations file accepted through the page (bigger files: the command line).</summary>
    public const long MaxUploadBytes = 64L * 1024 * 1024;

    /// <summary>The region (the route's).</summary>
    public string Region { get; private set; } = "";

    /// <summary>The file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Why the import was refused, with every problem and its place.</summary>
    public UseCaseError? Refusal { get; private set; }

    /// <summary>What the import did.</summary>
    [TempData]
    public string? Done { get; set; }

    public IActionResult OnGet(string region)
    {
        Region = region;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string region, CancellationToken cancellationToken)
    {
        Region = region;
        if (Upload is null || Upload.Length == 0 || Upload.Length > MaxUploadBytes)
        {
            return Refuse(UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText(
                "Pilih berkas CSV pengamatan (paling besar 64 MiB; berkas lebih besar: gunakan 'karsa indicators import').",
                "Choose an observations CSV file (at most 64 MiB; larger files: use 'karsa indicators import').")));
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var import = ObservationImport.FromText(region, reader, Path.GetFileName(Upload.FileName), ClaimsActor.Of(HttpContext)!.Name);
        var result = await IndicatorUseCases.ImportAsync(options.Value.Database, import, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return Refuse(result.Error);
        }

        Done = Localization.Say.T($"{result.Value.Read} pengamatan dibaca, {result.Value.Written} baru atau berubah.",
            $"{result.Value.Read} observations read, {result.Value.Written} new or changed.");
        return RedirectToPage(new { region });
    }

    /// <summary>Loads the region's indicator definitions file (YAML), replacing the one before; refused with every problem when it is wrong.</summary>
    public async Task<IActionResult> OnPostDefinitionsAsync(string region, CancellationToken cancellationToken)
    {
        Region = region;
        if (!HttpContext.May(Permission.LoadDefinitions))
        {
            return Forbid();
        }

        if (Upload is null || Upload.Length == 0 || Upload.Length > MaxUploadBytes)
        {
            return Refuse(UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText("Pilih berkas definisi (.yaml).", "Choose a definitions file (.yaml).")));
        }

        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        var result = await DefinitionsLoad.LoadAsync(options.Value.Database, region, text, Path.GetFileName(Upload.FileName), ClaimsActor.Of(HttpContext)!.Name,
            clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return Refuse(result.Error);
        }

        Done = Localization.Say.T($"{result.Value.Definitions} definisi dimuat; katalog ISO 37120: {result.Value.IsoCore} inti, {result.Value.IsoSupporting} pendukung.",
            $"{result.Value.Definitions} definitions loaded; ISO 37120 catalogue: {result.Value.IsoCore} core, {result.Value.IsoSupporting} supporting.");
        return RedirectToPage(new { region });
    }

    private PageResult Refuse(UseCaseError error)
    {
        Refusal = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
