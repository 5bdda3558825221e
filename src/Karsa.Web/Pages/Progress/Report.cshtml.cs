using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Progress;
using Karsa.Web.Access;
using Karsa.Web.Api.Progress;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Progress;

/// <summary>
/// The report form of one programme and year: status (with its default %), percent, money realised per
/// funding source against the planned money, milestones, notes and evidence files. What was typed is
/// kept when it is refused; each problem is shown at its field.
/// </summary>
[Authorize(Policy = nameof(Permission.ReportProgress))]
[RequestSizeLimit(Monitoring.Progress.Evidence.EvidencePolicy.DefaultMaxBytes + 65536)]
public sealed class ReportModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>How many milestone rows the form offers.</summary>
    public const int MilestoneRows = 5;

    /// <summary>What the form shows.</summary>
    public ProgrammeReportView View { get; private set; } = null!;

    /// <summary>The status key.</summary>
    [BindProperty]
    public string Status { get; set; } = "";

    /// <summary>The percent as typed ("12,5" or "12.5"); empty for the status's default.</summary>
    [BindProperty]
    public string? Percent { get; set; }

    /// <summary>Realised Rupiah per funding source key.</summary>
    [BindProperty]
    public Dictionary<string, long?> Realised { get; set; } = [];

    /// <summary>Milestone rows; rows without a name are dropped.</summary>
    [BindProperty]
    public List<MilestoneRow> Milestones { get; set; } = [];

    /// <summary>Notes.</summary>
    [BindProperty]
    public string? Notes { get; set; }

    /// <summary>The revision the form was opened at.</summary>
    [BindProperty]
    public int Revision { get; set; }

    /// <summary>The evidence file to attach.</summary>
    [BindProperty]
    public IFormFile? Evidence { get; set; }

    /// <summary>Why the last save or upload was refused.</summary>
    public UseCaseError? Refusal { get; private set; }

    /// <summary>What the last action did.</summary>
    [TempData]
    public string? Done { get; set; }

    public async Task<IActionResult> OnGetAsync(string region, string programme, int year, CancellationToken cancellationToken)
    {
        if (await LoadAsync(region, programme, year, cancellationToken) is { } failed)
        {
            return failed;
        }

        var body = ProgressReportBody.Of(View.Current);
        (Status, Percent, Notes, Revision) = body is null ? ("belum-mulai", null, null, 0) : (body.Status, body.Percent is { } p ? FormNumbers.Text(p) : null, body.Notes, body.Revision);
        Realised = View.Planned.ToDictionary(p => p.Source.Source.Key, p => body?.Realised?.GetValueOrDefault(p.Source.Source.Key));
        Milestones = [.. (body?.Milestones ?? []).Select(m => new MilestoneRow { Name = m.Name, Planned = m.Planned, Actual = m.Actual })];
        return Page();
    }

    /// <summary>Saves the report.</summary>
    public async Task<IActionResult> OnPostAsync(string region, string programme, int year, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Refusal = UseCaseError.Invalid([.. ModelState.Where(e => e.Value!.Errors.Count > 0)
                .Select(e => FormNumbers.NotANumber(e.Key, e.Value!.AttemptedValue ?? ""))]);
            return await LoadAsync(region, programme, year, cancellationToken) ?? Page();
        }

        var percent = FormNumbers.Parse(Percent);
        if (percent is null && !string.IsNullOrWhiteSpace(Percent))
        {
            Refusal = UseCaseError.Invalid([FormNumbers.NotANumber("percent", Percent)]);
            return await LoadAsync(region, programme, year, cancellationToken) ?? Page();
        }

        var input = new ProgressInput(Status, percent, Realised.Where(r => r.Value is not null).ToDictionary(r => r.Key, r => r.Value!.Value),
            [.. Milestones.Where(m => !string.IsNullOrWhiteSpace(m.Name) && m.Planned is not null).Select(m => new MilestoneInput(m.Name!, m.Planned!.Value, m.Actual))],
            Notes, Revision);
        var saved = await ProgressReporting.ReportAsync(options.Value.Database, ClaimsActor.Of(HttpContext), region, programme, year, input, clock.GetUtcNow(), cancellationToken);
        if (!saved.Succeeded)
        {
            Refusal = saved.Error;
            return saved.Error.Kind is FailureKind.InvalidInput or FailureKind.Conflict
                ? await LoadAsync(region, programme, year, cancellationToken) ?? Page()
                : PageErrors.Status(saved.Error);
        }

        Done = saved.Value.Changed ? Say.T("Laporan disimpan.", "Report saved.") : Say.T("Tidak ada perubahan.", "Nothing changed.");
        return RedirectToPage(new { region, programme, year });
    }

    /// <summary>Attaches the uploaded evidence file.</summary>
    public async Task<IActionResult> OnPostEvidenceAsync(string region, string programme, int year, CancellationToken cancellationToken)
    {
        if (Evidence is null)
        {
            ModelState.AddModelError(nameof(Evidence), Say.T("Pilih berkas bukti.", "Choose an evidence file."));
            return await LoadAsync(region, programme, year, cancellationToken) ?? Page();
        }

        await using var stream = Evidence.OpenReadStream();
        var uploaded = await EvidenceUseCases.UploadAsync(options.Value.Database, ClaimsActor.Of(HttpContext), region, programme, year, Evidence.FileName, stream, clock.GetUtcNow(), cancellationToken);
        if (!uploaded.Succeeded)
        {
            Refusal = uploaded.Error;
            return uploaded.Error.Kind == FailureKind.InvalidInput ? await LoadAsync(region, programme, year, cancellationToken) ?? Page() : PageErrors.Status(uploaded.Error);
        }

        Done = Say.T($"Bukti {uploaded.Value.FileName} dilampirkan.", $"Evidence {uploaded.Value.FileName} attached.");
        return RedirectToPage(new { region, programme, year });
    }

    private async Task<IActionResult?> LoadAsync(string region, string programme, int year, CancellationToken cancellationToken)
    {
        var form = await ProgressReporting.FormAsync(options.Value.Database, ClaimsActor.Of(HttpContext), region, programme, year, cancellationToken);
        if (!form.Succeeded)
        {
            return PageErrors.Status(form.Error);
        }

        View = form.Value;
        return null;
    }

    /// <summary>One milestone row of the form.</summary>
    public sealed class MilestoneRow
    {
        /// <summary>What is reached.</summary>
        public string? Name { get; set; }

        /// <summary>When it was planned.</summary>
        public DateOnly? Planned { get; set; }

        /// <summary>When it was reached.</summary>
        public DateOnly? Actual { get; set; }
    }
}
