namespace Karsa.Web.Tests.Editor;

/// <summary>What a browser reads of a form's multiple choices and notices.</summary>
internal static class ChoiceFields
{
    /// <summary>The values of the ticked checkboxes named <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> Ticked(this EditorForm form, string name) =>
        [.. form.Page.QuerySelectorAll($"input[type=checkbox][name='{name}'][checked]").Select(i => i.GetAttribute("value")!)];

    /// <summary>The texts of the saved-with-warnings notice's items, each with the link it carries (null when none).</summary>
    public static IReadOnlyList<(string Text, string? Link)> SavedWarnings(this EditorForm form) =>
        [.. form.Page.QuerySelectorAll(".saved-warnings li").Select(li => (li.TextContent.Trim(), li.QuerySelector("a")?.GetAttribute("href")))];
}
