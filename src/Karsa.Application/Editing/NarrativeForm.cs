using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Documents.Rendering.Html;
using Karsa.Domain.Edits;
using Karsa.Domain.Plans;

namespace Karsa.Application.Editing;

/// <summary>
/// The narrative form: one Markdown section (fields <c>id</c> and <c>en</c> under
/// <c>narratives.KEY</c>), its preview rendered exactly as the HTML book renders it, and its edit.
/// </summary>
public static class NarrativeForm
{
    /// <summary>The fields: the Indonesian and the English Markdown.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["id", "en"];

    /// <summary>The plan path of section <paramref name="key"/>, the prefix of its fields.</summary>
    public static string PathOf(string key) => PlanPaths.Narrative(key);

    /// <summary>The form filled with section <paramref name="key"/> of <paramref name="plan"/> (empty when it has none).</summary>
    public static FormFields Of(Masterplan plan, string key)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var section = plan.Content.Narratives.FirstOrDefault(n => string.Equals(n.Key, key, StringComparison.Ordinal));
        return new FormFields(new Dictionary<string, string?> { ["id"] = section?.Markdown.Indonesian, ["en"] = section?.Markdown.English });
    }

    /// <summary>
    /// <paramref name="markdown"/> as safe HTML, as the HTML book shows it (raw HTML as text, links as
    /// text, every text escaped), without inline styles so it fits a page's content security policy.
    /// </summary>
    public static string Preview(string? markdown) => MarkdownHtml.Render(markdown ?? string.Empty, level: 2, inlineStyles: false);

    /// <summary>The edit <paramref name="fields"/> make of section <paramref name="key"/>, or the problems at its paths.</summary>
    public static FormEdits Edits(string key, FormFields fields)
    {
        var read = new FieldReader(fields);
        var text = read.Localized(string.Empty, required: true);
        return text is null || read.Problems.Count > 0
            ? FormEdits.Refused([.. read.Problems.Select(p => p.Within(PathOf(key)))])
            : FormEdits.Of(new SetNarrative(key, text));
    }

    /// <summary>Saves section <paramref name="key"/>.</summary>
    public static Task<UseCaseResult<EditAnswer>> SaveAsync(string region, string basedOn, string key, FormFields fields, string? database,
        string? author = null, CancellationToken cancellationToken = default) =>
        DraftEditor.SubmitAsync(region, basedOn, _ => Edits(key, fields), database, author, cancellationToken);
}
