namespace Karsa.Web.Pages.Editor;

/// <summary>How one form field is shown by the <c>_Field</c> partial.</summary>
/// <param name="Page">The page (typed values, messages, whether it may be edited).</param>
/// <param name="Key">The field's name: its plan path inside the edited part.</param>
/// <param name="Label">The label in the request's language.</param>
/// <param name="Kind">text, number, textarea, checkbox or select.</param>
/// <param name="Hint">A hint under the label.</param>
/// <param name="Choices">The choices of a select (value, label).</param>
public sealed record FieldView(EditorPageModel Page, string Key, string Label, string Kind = "text", string? Hint = null,
    IReadOnlyList<(string Value, string Label)>? Choices = null);
