using System.Globalization;
using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Application.Progress;
using Karsa.Domain.Diagnostics;
using Karsa.Monitoring.Progress.Reports;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Progress;

/// <summary>
/// How a region measures progress: its status list (each with its default percent and meaning; blank rows
/// add statuses, a row emptied of its key and names drops one) and the roll-up's weighting (by planned
/// cost, or by a weight per programme). Readers of the region's drafts see it; its planners change it.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadDrafts))]
public sealed class SettingsModel(IOptions<KarsaWebOptions> options, TimeProvider clock) : PageModel
{
    /// <summary>Blank status rows offered for adding statuses without scripts.</summary>
    public const int BlankRows = 2;

    /// <summary>The settings and the programmes to weigh.</summary>
    public ProgressSettingsView View { get; private set; } = null!;

    /// <summary>The status rows as typed.</summary>
    [BindProperty]
    public List<StatusFields> Statuses { get; set; } = [];

    /// <summary>True for set weights, false for planned cost.</summary>
    [BindProperty]
    public bool SetWeights { get; set; }

    /// <summary>The weights as typed, by programme code (form fields <c>Weights[CODE]</c>).</summary>
    public Dictionary<string, string?> Weights { get; private set; } = [];

    /// <summary>The revision the form was opened at.</summary>
    [BindProperty]
    public int Revision { get; set; }

    /// <summary>The problems of the last save, each at its field path.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; private set; } = [];

    /// <summary>Why the save was refused when someone saved the settings meanwhile.</summary>
    public Domain.Primitives.LocalizedText? Conflict { get; private set; }

    /// <summary>Set after a save.</summary>
    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(string region, CancellationToken cancellationToken)
    {
        var read = await ProgressSettingsUseCases.GetAsync(options.Value.Database, ClaimsActor.Of(HttpContext), region, cancellationToken);
        if (!read.Succeeded)
        {
            return PageErrors.Status(read.Error);
        }

        View = read.Value;
        var settings = View.Stored.Settings;
        Statuses = [.. settings.Statuses.Statuses.Select(StatusFields.Of)];
        SetWeights = settings.Weighting.Basis == Monitoring.Progress.Measures.WeightBasis.SetWeights;
        Weights = View.Programmes.ToDictionary(p => p.Code.Value, p => (string?)FormNumbers.Text(settings.Weighting.Weights.GetValueOrDefault(p.Code)), StringComparer.Ordinal);
        Revision = View.Stored.Revision;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string region, CancellationToken cancellationToken)
    {
        Weights = Request.Form.Where(f => f.Key.StartsWith("Weights[", StringComparison.Ordinal) && f.Key.EndsWith(']'))
            .ToDictionary(f => f.Key["Weights[".Length..^1], f => (string?)f.Value.ToString(), StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        var statuses = Statuses.Select((row, i) => (row, i)).Where(r => !r.row.IsBlank)
            .Select(r => r.row.Input(r.i, problems)).ToList();
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (code, text) in Weights.Where(w => !string.IsNullOrWhiteSpace(w.Value)))
        {
            if (FormNumbers.Parse(text) is { } weight)
            {
                weights[code] = weight;
            }
            else
            {
                problems.Add(FormNumbers.NotANumber($"weights.{code}", text!));
            }
        }

        var actor = ClaimsActor.Of(HttpContext);
        UseCaseResult<ProgressSettingsView> saved = problems.Count > 0
            ? UseCaseError.Invalid(problems)
            : await ProgressSettingsUseCases.SaveAsync(options.Value.Database, actor, region, new ProgressSettingsInput(statuses, SetWeights, weights, Revision), clock.GetUtcNow(), cancellationToken);
        if (saved.Succeeded)
        {
            Saved = Say.T("Pengaturan kemajuan disimpan.", "The progress settings were saved.");
            return RedirectToPage(new { region });
        }

        if (saved.Error.Kind is not (FailureKind.InvalidInput or FailureKind.Conflict))
        {
            return PageErrors.Status(saved.Error);
        }

        var read = await ProgressSettingsUseCases.GetAsync(options.Value.Database, actor, region, cancellationToken);
        if (!read.Succeeded)
        {
            return PageErrors.Status(read.Error);
        }

        View = read.Value;
        if (saved.Error.Kind == FailureKind.Conflict)
        {
            Conflict = saved.Error.Message;
        }
        else
        {
            Problems = saved.Error.Diagnostics;
        }

        Response.StatusCode = saved.Error.Kind == FailureKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    /// <summary>The messages of the problems at <paramref name="path"/> or below it, in the reader's language.</summary>
    public IEnumerable<string> ErrorsAt(string path) => Problems
        .Where(p => p.Path == path || p.Path.StartsWith(path + ".", StringComparison.Ordinal))
        .Select(p => Editor.FieldMessages.Describe(p, Say.Language));
}

/// <summary>A status row as typed (text, so nothing typed is lost when an error is shown).</summary>
public sealed class StatusFields
{
    /// <summary>The key.</summary>
    public string? Key { get; set; }

    /// <summary>The Indonesian name.</summary>
    public string? Indonesian { get; set; }

    /// <summary>The English name.</summary>
    public string? English { get; set; }

    /// <summary>The default percent as typed.</summary>
    public string? Percent { get; set; }

    /// <summary>The meaning.</summary>
    public ProgressMeaning Meaning { get; set; } = ProgressMeaning.UnderWay;

    /// <summary>True when nothing was typed in the row (a blank row adds nothing; emptying a row drops its status).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Key) && string.IsNullOrWhiteSpace(Indonesian) && string.IsNullOrWhiteSpace(English);

    /// <summary>The fields of <paramref name="status"/>.</summary>
    public static StatusFields Of(ProgressStatus status) => new()
    {
        Key = status.Key,
        Indonesian = status.Name.Indonesian,
        English = status.Name.English,
        Percent = FormNumbers.Text(status.DefaultPercent),
        Meaning = status.Meaning,
    };

    /// <summary>The row as the use case takes it; a percent that is no number is added to <paramref name="problems"/> at <c>statuses[i].defaultPercent</c>.</summary>
    public StatusInput Input(int index, List<Diagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var percent = FormNumbers.Parse(Percent);
        if (percent is null)
        {
            problems.Add(FormNumbers.NotANumber($"statuses[{index}].defaultPercent", Percent ?? ""));
        }

        return new StatusInput(Key ?? "", Indonesian ?? "", English, percent ?? 0m, Meaning);
    }
}
