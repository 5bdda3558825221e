using Karsa.Application.Editing;
using Karsa.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Editor;

/// <summary>
/// A page with the <see cref="ItemForm"/> of one item of a list (an agency, an indicator, a scenario)
/// at <c>/wilayah/{region}/rencana/SLUG/sunting/{key?}</c>: shown with the stored values (empty for a
/// new item), saved as a whole, deleted by a POST of its own.
/// </summary>
public abstract class ItemFormModel(IOptions<KarsaWebOptions> options, ItemForm form, string slug, string keyField) : EditorPageModel(options)
{
    /// <summary>The key (code or name) of the item being edited; null for a new one.</summary>
    [FromRoute(Name = "key")]
    public string? Key { get; set; }

    /// <summary>True when the page adds a new item.</summary>
    public bool IsNew => Key is null;

    /// <summary>The list page of these items.</summary>
    public string ListPath => $"/wilayah/{Region}/rencana/{slug}";

    /// <summary>The index of the item in the plan's list (-1 for a new one).</summary>
    public int Index => form.IndexOf(View.Plan, Key);

    /// <summary>Why the item cannot be deleted as the plan stands (empty when it can).</summary>
    public IReadOnlyList<Karsa.Domain.Diagnostics.Diagnostic> DeleteRefusals => form.DeleteRefusals(View.Plan, Key);

    /// <summary>Shows the form with the stored values.</summary>
    public IActionResult OnGet()
    {
        if (!form.Exists(View.Plan, Key))
        {
            return NotFound();
        }

        Typed = form.Filled(View.Plan, Key);
        return Page();
    }

    /// <summary>Saves the typed values; on success shows the saved item again.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!form.Exists(View.Plan, Key))
        {
            return NotFound();
        }

        var fields = form.FieldsOf(View.Plan, Key);
        Typed = Posted(fields);
        var prefix = form.PathIn(View.Plan, Key);
        var answer = await form.SaveAsync(Region, PostedToken, Key, Typed, Database, Author, cancellationToken).ConfigureAwait(false);
        var saved = Typed.Text(keyField) ?? Key ?? string.Empty;
        return await AnswerAsync(answer, prefix, fields, $"{ListPath}/sunting/{Uri.EscapeDataString(saved)}").ConfigureAwait(false);
    }

    /// <summary>Deletes the item; what still refers to it refuses, shown above the form.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Key is null || !form.Exists(View.Plan, Key))
        {
            return NotFound();
        }

        Typed = form.Filled(View.Plan, Key);
        var answer = await form.DeleteAsync(Region, PostedToken, Key, Database, Author, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(answer, form.PathIn(View.Plan, Key), form.FieldsOf(View.Plan, Key), ListPath).ConfigureAwait(false);
    }
}

/// <summary>One agency (OPD): code, name, kind, capacity.</summary>
public sealed class AgencyModel(IOptions<KarsaWebOptions> options) : ItemFormModel(options, ItemForm.Agencies, "opd", "code");

/// <summary>One indicator definition: code, name, unit, framework, direction, baseline.</summary>
public sealed class IndicatorModel(IOptions<KarsaWebOptions> options) : ItemFormModel(options, ItemForm.Indicators, "indikator", "code");

/// <summary>One scenario: name, description, ceiling scalings, programmes forced in or out, weights, horizon.</summary>
public sealed class ScenarioModel(IOptions<KarsaWebOptions> options) : ItemFormModel(options, ItemForm.Scenarios, "skenario", "name");
