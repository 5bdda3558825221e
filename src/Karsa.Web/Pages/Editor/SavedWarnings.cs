using System.Text.Json;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Karsa.Web.Pages.Editor;

/// <summary>
/// The warnings a successful save gave (the plan's non-blocking diagnostics), carried across the
/// redirect that follows it in temp data: each in both languages with the field it concerns on the
/// page saved to. At most <see cref="Limit"/> are carried; the rest are counted.
/// </summary>
/// <param name="Shown">The warnings carried.</param>
/// <param name="Others">How many more there were.</param>
public sealed record SavedWarnings(IReadOnlyList<SavedWarning> Shown, int Others)
{
    /// <summary>The most warnings carried (temp data travels in a cookie).</summary>
    public const int Limit = 20;

    private const string Key = "editor.warnings";

    /// <summary>No warnings.</summary>
    public static SavedWarnings None { get; } = new([], 0);

    /// <summary>How many warnings there were in all.</summary>
    public int Count => Shown.Count + Others;

    /// <summary>Keeps the warnings among <paramref name="diagnostics"/> for the next request, placed on <paramref name="fields"/> of the part at <paramref name="prefix"/>.</summary>
    public static void Keep(ITempDataDictionary tempData, IEnumerable<Diagnostic> diagnostics, string prefix, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        if (warnings.Count == 0)
        {
            return;
        }

        var shown = warnings.Take(Limit).Select(w => new SavedWarning(
            FieldMessages.Describe(w, Language.Indonesian), FieldMessages.Describe(w, Language.English), FieldMessages.FieldOf(w.Path, prefix, fields), w.Path));
        tempData[Key] = JsonSerializer.Serialize(new SavedWarnings([.. shown], Math.Max(0, warnings.Count - Limit)));
    }

    /// <summary>The warnings kept by the save before this request (none when there was none, or the data cannot be read).</summary>
    public static SavedWarnings Take(ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        if (tempData[Key] is not string json)
        {
            return None;
        }

        try
        {
            return JsonSerializer.Deserialize<SavedWarnings>(json) ?? None;
        }
        catch (JsonException)
        {
            return None;
        }
    }
}

/// <summary>One warning of a save.</summary>
/// <param name="Indonesian">Code, message and hint in Indonesian.</param>
/// <param name="English">Code, message and hint in English.</param>
/// <param name="Field">The field of the page it concerns, or null.</param>
/// <param name="Path">Its plan path.</param>
public sealed record SavedWarning(string Indonesian, string English, string? Field, string Path)
{
    /// <summary>The text in the request's language.</summary>
    public string Text => Say.T(Indonesian, English);
}
