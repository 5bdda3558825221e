using Karsa.Application.Editing;
using Karsa.Domain.Programmes;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>
/// Creates, changes or deletes one programme of the draft: its details, delivery status, co-leads and
/// implementers, scores, dependencies, linked indicators, served districts and villages, its costs as a
/// grid of years and sources, and its sheet (objective, outputs and outcomes with yearly targets, service canvas).
/// </summary>
public sealed class ProgrammeModel(IOptions<KarsaWebOptions> options) : EditorPageModel(options)
{
    /// <summary>The code of the programme being edited; null for a new one.</summary>
    [FromRoute(Name = "code")]
    public string? Code { get; set; }

    /// <summary>The programme being edited, as stored.</summary>
    public Programme? Existing { get; private set; }

    /// <summary>The cost grid's years.</summary>
    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The years of the outputs' and outcomes' target cells.</summary>
    public IReadOnlyList<int> ResultYears { get; private set; } = [];

    /// <summary>Shows the form with the stored values (empty for a new programme).</summary>
    public IActionResult OnGet()
    {
        if (!Prepare())
        {
            return NotFound();
        }

        Typed = Existing is null ? FormFields.Empty : ProgrammeForm.Of(Existing);
        return Page();
    }

    /// <summary>Saves the typed values.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!Prepare())
        {
            return NotFound();
        }

        var fields = ProgrammeForm.AllFields(View.Plan, Existing);
        Typed = Posted(fields);
        var prefix = ProgrammeForm.PathIn(View.Plan, Code);
        var answer = await ProgrammeForm.SaveAsync(Region, PostedToken, Code, Typed, Database, Author, cancellationToken).ConfigureAwait(false);
        var code = Typed.Text("code") ?? Code ?? string.Empty;
        return await AnswerAsync(answer, prefix, fields, $"/wilayah/{Region}/rencana/program/sunting/{Uri.EscapeDataString(code)}").ConfigureAwait(false);
    }

    /// <summary>Deletes the programme.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!Prepare() || Code is null)
        {
            return NotFound();
        }

        Typed = ProgrammeForm.Of(Existing!);
        var answer = await ProgrammeForm.DeleteAsync(Region, PostedToken, Code, Database, Author, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(answer, ProgrammeForm.PathIn(View.Plan, Code), ProgrammeForm.AllFields(View.Plan, Existing), $"/wilayah/{Region}/rencana/program", savedFields: [])
            .ConfigureAwait(false);
    }

    private bool Prepare()
    {
        Existing = ProgrammeForm.Find(View.Plan, Code);
        Years = ProgrammeForm.Years(View.Plan, Existing);
        ResultYears = ProgrammeResultRows.Years(View.Plan, Existing);
        return Code is null || Existing is not null;
    }
}
