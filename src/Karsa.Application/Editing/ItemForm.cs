using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;

namespace Karsa.Application.Editing;

/// <summary>
/// A form over one item of a keyed list of the plan (an agency, an indicator, a scenario), its fields
/// named by plan paths inside the item (<c>code</c>, <c>name.id</c>, <c>scaleCeilings[0].factor</c>):
/// which fields, the stored values, the edit typed values make, and saving or deleting the item. The
/// item's key (code or name) comes from the route; null means a new item, added after the others.
/// </summary>
public sealed class ItemForm
{
    private readonly string _section;
    private readonly Func<Masterplan, IReadOnlyList<string>> _keys;
    private readonly Func<Masterplan, int, IReadOnlyList<string>> _fields;
    private readonly Func<Masterplan, int, FormFields> _of;
    private readonly Func<Masterplan, int, FieldReader, PlanEdit?> _read;
    private readonly Func<string, PlanEdit> _remove;

    /// <summary>A form over the list at <paramref name="section"/> (<c>agencies</c>: items at <c>agencies[i]</c>).</summary>
    /// <param name="section">The list's plan path.</param>
    /// <param name="keys">The items' keys in a plan, in order.</param>
    /// <param name="fields">The form's fields for the item at an index of a plan (-1: a new item).</param>
    /// <param name="of">The form filled with the item at an index of a plan.</param>
    /// <param name="read">The edit the typed values make of the item at an index of a plan (-1: a new one), or null after recording their problems.</param>
    /// <param name="remove">The edit that removes the item with a key.</param>
    private ItemForm(string section, Func<Masterplan, IReadOnlyList<string>> keys, Func<Masterplan, int, IReadOnlyList<string>> fields,
        Func<Masterplan, int, FormFields> of, Func<Masterplan, int, FieldReader, PlanEdit?> read, Func<string, PlanEdit> remove) =>
        (_section, _keys, _fields, _of, _read, _remove) = (section, keys, fields, of, read, remove);

    /// <summary>The agencies (OPD).</summary>
    public static ItemForm Agencies { get; } = new("agencies", AgencyForm.Keys, (_, _) => AgencyForm.Fields, AgencyForm.Of, AgencyForm.Read, AgencyForm.Remove);

    /// <summary>The indicator definitions.</summary>
    public static ItemForm Indicators { get; } = new("indicators", IndicatorForm.Keys, (_, _) => IndicatorForm.Fields, IndicatorForm.Of, IndicatorForm.Read, IndicatorForm.Remove);

    /// <summary>The scenarios.</summary>
    public static ItemForm Scenarios { get; } = new("scenarios", ScenarioForm.Keys, ScenarioForm.FieldsOf, ScenarioForm.Of, ScenarioForm.Read, ScenarioForm.Remove);

    /// <summary>The funding sources the plan adds to the national defaults.</summary>
    public static ItemForm FundingSources { get; } = new("fundingSources", FundingSourceForm.Keys, (_, _) => FundingSourceForm.Fields, FundingSourceForm.Of,
        FundingSourceForm.Read, FundingSourceForm.Remove);

    /// <summary>The index of the item with <paramref name="key"/>; -1 for a new item (null) or one the plan does not list.</summary>
    public int IndexOf(Masterplan plan, string? key)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return key is null ? -1 : _keys(plan).ToList().IndexOf(key);
    }

    /// <summary>True when <paramref name="key"/> is null (a new item) or the plan lists it.</summary>
    public bool Exists(Masterplan plan, string? key) => key is null || IndexOf(plan, key) >= 0;

    /// <summary>The plan path of the item with <paramref name="key"/> (a new one: after the last), the prefix of the form's diagnostics.</summary>
    public string PathIn(Masterplan plan, string? key) => _section.Item(IndexOf(plan, key) is var i and >= 0 ? i : _keys(plan).Count);

    /// <summary>The fields of the form of the item with <paramref name="key"/>.</summary>
    public IReadOnlyList<string> FieldsOf(Masterplan plan, string? key) => _fields(plan, IndexOf(plan, key));

    /// <summary>The form filled with the stored values of the item with <paramref name="key"/> (empty for a new one).</summary>
    public FormFields Filled(Masterplan plan, string? key) => IndexOf(plan, key) is var i and >= 0 ? _of(plan, i) : FormFields.Empty;

    /// <summary>The edit <paramref name="fields"/> make of the item with <paramref name="key"/>, or every problem of the typed values at its plan path.</summary>
    public FormEdits Edits(Masterplan plan, string? key, FormFields fields)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var path = PathIn(plan, key);
        var read = new FieldReader(fields);
        var edit = _read(plan, IndexOf(plan, key), read);
        return edit is null || read.Problems.Count > 0
            ? FormEdits.Refused([.. read.Problems.Select(p => p.Within(path))])
            : FormEdits.Of(edit);
    }

    /// <summary>
    /// Why deleting the item with <paramref name="key"/> would be refused now (e.g. KRS047 naming the
    /// programmes an agency leads), so a page can say so instead of offering a button that fails; empty
    /// when it could be deleted, and for a new item.
    /// </summary>
    public IReadOnlyList<Diagnostic> DeleteRefusals(Masterplan plan, string? key) =>
        key is not null && IndexOf(plan, key) >= 0 && plan.EditDraft([_remove(key)]) is { Succeeded: false } tried ? tried.Problems : [];

    /// <summary>Saves the form (a new item when <paramref name="key"/> is null).</summary>
    public Task<UseCaseResult<EditAnswer>> SaveAsync(string region, string basedOn, string? key, FormFields fields, string? database,
        string? author = null, CancellationToken cancellationToken = default) =>
        DraftEditor.SubmitAsync(region, basedOn, view => Edits(view.Plan, key, fields), database, author, cancellationToken);

    /// <summary>Deletes the item with <paramref name="key"/>; what still refers to it refuses (e.g. KRS047 for an agency a programme leads with).</summary>
    public Task<UseCaseResult<EditAnswer>> DeleteAsync(string region, string basedOn, string key, string? database,
        string? author = null, CancellationToken cancellationToken = default) =>
        DraftEditor.SubmitAsync(region, basedOn, view => IndexOf(view.Plan, key) >= 0
            ? FormEdits.Of(_remove(key))
            : FormEdits.Refused([Problems.UnknownField(key, _keys(view.Plan)).Under(_section)]), database, author, cancellationToken);
}
