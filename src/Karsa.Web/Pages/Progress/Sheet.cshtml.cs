using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Progress;
using Karsa.Interchange.Spreadsheets;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Progress;

/// <summary>
/// The agency workbook: download the template of an agency and year, upload it filled. A refused upload
/// lists every problem with its sheet, row, column and what to do; nothing of it is stored.
/// </summary>
[Authorize(Policy = nameof(Permission.ReportProgress))]
[RequestSizeLimit(SpreadsheetLimitsBytes + 65536)]
public sealed class SheetModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    private const long SpreadsheetLimitsBytes = 32L * 1024 * 1024;

    /// <summary>The region.</summary>
    public string Region { get; private set; } = "";

    /// <summary>The fiscal year.</summary>
    [BindProperty(SupportsGet = true)]
    public int Tahun { get; set; } = DateTime.UtcNow.Year;

    /// <summary>The agency code (an agency reporter's own by default).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Opd { get; set; }

    /// <summary>The filled workbook.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The problems of a refused upload.</summary>
    public IReadOnlyList<SheetProblem> Problems { get; private set; } = [];

    /// <summary>Why the request failed (not the workbook's content).</summary>
    public UseCaseError? Refusal { get; private set; }

    /// <summary>What the last import did.</summary>
    [TempData]
    public string? Done { get; set; }

    public void OnGet(string region)
    {
        Region = region;
        Opd ??= ClaimsActor.Of(HttpContext)?.Agency;
    }

    /// <summary>The template of <see cref="Opd"/> and <see cref="Tahun"/>.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(string region, CancellationToken cancellationToken)
    {
        var template = await ProgressSheets.TemplateAsync(options.Value.Database, ClaimsActor.Of(HttpContext), region, Opd ?? "", Tahun, Say.Language, cancellationToken);
        return template.Succeeded
            ? File(template.Value.Content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Value.FileName)
            : PageErrors.Status(template.Error);
    }

    /// <summary>Imports the uploaded workbook.</summary>
    public async Task<IActionResult> OnPostAsync(string region, CancellationToken cancellationToken)
    {
        Region = region;
        if (Upload is null || string.IsNullOrWhiteSpace(Opd))
        {
            ModelState.AddModelError(nameof(Upload), Say.T("Pilih OPD dan berkas lembar kerja (.xlsx).", "Choose the agency and the workbook (.xlsx)."));
            return Page();
        }

        await using var stream = Upload.OpenReadStream();
        var imported = await ProgressSheets.ImportAsync(options.Value.Database, ClaimsActor.Of(HttpContext), region, Opd, Tahun, stream, clock.GetUtcNow(), cancellationToken);
        if (!imported.Succeeded)
        {
            if (imported.Error.Kind is FailureKind.NotFound or FailureKind.Database)
            {
                return PageErrors.Status(imported.Error);
            }

            Refusal = imported.Error;
            return Page();
        }

        if (imported.Value.Outcome is not { } outcome)
        {
            Problems = imported.Value.Problems;
            return Page();
        }

        Done = Say.T($"Lembar kerja diterima: {outcome.ReportsChanged} dari {outcome.ReportsRead} laporan program berubah, {outcome.Observations.Written} dari {outcome.Observations.Read} nilai indikator dicatat.",
            $"Workbook accepted: {outcome.ReportsChanged} of {outcome.ReportsRead} programme reports changed, {outcome.Observations.Written} of {outcome.Observations.Read} indicator values recorded.");
        return RedirectToPage(new { region, tahun = Tahun, opd = Opd });
    }
}
