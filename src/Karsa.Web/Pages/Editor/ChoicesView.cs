namespace Karsa.Web.Pages.Editor;

/// <summary>
/// A multiple choice shown by the <c>_Choices</c> partial: one checkbox per choice, all posted under
/// one field name (the values joined by commas); a typed value that is not a choice stays shown, ticked.
/// </summary>
/// <param name="Page">The page (typed values, messages, whether it may be edited).</param>
/// <param name="Key">The field's name: its plan path inside the edited part.</param>
/// <param name="Legend">The legend in the request's language.</param>
/// <param name="Choices">The choices (value, label).</param>
/// <param name="Hint">A hint under the legend.</param>
public sealed record ChoicesView(EditorPageModel Page, string Key, string Legend, IReadOnlyList<(string Value, string Label)> Choices, string? Hint = null);
