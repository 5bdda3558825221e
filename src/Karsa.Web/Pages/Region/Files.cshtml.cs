using System.Text;
using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Dashboards;
using Karsa.Application.Plans;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Region;

/// <summary>
/// The plan file of a region: export any version as YAML or JSON; import (upload) a plan file into this
/// region, with the command line's errors (file:line:column, message, hint). A file of another region is refused.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
[RequestSizeLimit(MaxUploadBytes + 65536)]
public sealed class FilesModel(IOptions<KarsaWebOptions> options) : RegionVersionsPage(options)
{
    /// <summary>The largest plan file accepted (the reader's own limit).</summary>
    public const long MaxUploadBytes = 16L * 1024 * 1024;

    /// <summary>The plan file to import.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Why the import was refused, with every problem and its place.</summary>
    public UseCaseError? Refusal { get; private set; }

    /// <summary>What the import did.</summary>
    [TempData]
    public string? Done { get; set; }

    public Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken) => ShowAsync(region, cancellationToken);

    /// <summary>Version <paramref name="version"/> as a plan file in <paramref name="format"/> ("yaml" or "json").</summary>
    public async Task<IActionResult> OnGetExportAsync(string region, int version, string format, CancellationToken cancellationToken)
    {
        var kind = string.Equals(format, "json", StringComparison.Ordinal) ? PlanFormat.Json : PlanFormat.Yaml;
        var exported = await PlanFileUseCases.ExportAsync(region, version, kind, Settings.Database, cancellationToken).ConfigureAwait(false);
        if (!exported.Succeeded)
        {
            return PageErrors.Status(exported.Error);
        }

        var extension = kind == PlanFormat.Json ? "json" : "yaml";
        return File(Encoding.UTF8.GetBytes(exported.Value.Text), kind == PlanFormat.Json ? "application/json" : "application/yaml", $"{region}-v{version}.{extension}");
    }

    /// <summary>Imports the uploaded plan file into this region (planners); refused with every problem when it is invalid or of another region.</summary>
    public async Task<IActionResult> OnPostImportAsync(string region, CancellationToken cancellationToken)
    {
        if (!HttpContext.May(Permission.EditDraft) || !RegionCode.TryParse(region, out var code))
        {
            return Forbid();
        }

        var error = await ImportAsync(code, cancellationToken).ConfigureAwait(false);
        if (error is null)
        {
            return RedirectToPage(new { region });
        }

        Refusal = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await ShowAsync(region, cancellationToken).ConfigureAwait(false);
    }

    private async Task<UseCaseError?> ImportAsync(RegionCode region, CancellationToken cancellationToken)
    {
        if (Upload is null || Upload.Length == 0)
        {
            return UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText("Pilih berkas rencana (.yaml, .yml atau .json) untuk diunggah.", "Choose a plan file (.yaml, .yml or .json) to upload."));
        }

        var name = Path.GetFileName(Upload.FileName);
        if (PlanFormats.FromPath(name) is not { } format)
        {
            return UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText(
                $"Berkas {name} bukan berkas rencana: gunakan .yaml, .yml atau .json.", $"The file {name} is not a plan file: use .yaml, .yml or .json."));
        }

        if (Upload.Length > MaxUploadBytes)
        {
            return UseCaseError.Of(FailureKind.InvalidInput, new LocalizedText(
                $"Berkas {name} lebih besar dari 16 MiB, batas berkas rencana.", $"The file {name} is larger than 16 MiB, the limit of a plan file."));
        }

        string text;
        using (var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8))
        {
            text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }

        var imported = await UploadUseCases.ImportAsync(region, new PlanUpload(text, name, format), Settings.Database,
            ClaimsActor.Of(HttpContext)?.Name, null, cancellationToken).ConfigureAwait(false);
        if (!imported.Succeeded)
        {
            return imported.Error;
        }

        var outcome = imported.Value.Outcome;
        Done = outcome.Kind switch
        {
            SaveKind.Unchanged => Localization.Say.T($"Berkas sama dengan versi {outcome.Version}; tidak ada yang berubah.", $"The file matches version {outcome.Version}; nothing changed."),
            SaveKind.DraftReplaced => Localization.Say.T($"Draf versi {outcome.Version} diganti dengan isi berkas.", $"Draft version {outcome.Version} was replaced by the file."),
            _ => Localization.Say.T($"Berkas disimpan sebagai draf versi {outcome.Version}.", $"The file was stored as draft version {outcome.Version}."),
        };
        return null;
    }
}
