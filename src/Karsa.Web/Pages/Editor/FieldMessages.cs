using System.Text;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Web.Localization;
using Microsoft.AspNetCore.Html;

namespace Karsa.Web.Pages.Editor;

/// <summary>One message of a refused form: its text in the request's language and the field it concerns (null when none of the form's).</summary>
/// <param name="Text">Code, message and hint.</param>
/// <param name="Field">The form field (its relative plan path), or null.</param>
/// <param name="Path">The diagnostic's plan path.</param>
public sealed record FieldMessage(string Text, string? Field, string Path);

/// <summary>
/// Places the diagnostics of a refused form next to the form's fields. A diagnostic's plan path, made
/// relative to the part the form edits (e.g. <c>programmes[3]</c>), names a field exactly
/// (<c>costs.2027.apbd</c>), a group of fields (<c>costs.2027</c>, or the rows <c>dependsOn</c>: its
/// first field) or a part of a field (<c>supporting[1]</c>: <c>supporting</c>); anything else stays in
/// the summary.
/// </summary>
public sealed class FieldMessages
{
    private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

    /// <summary>No messages.</summary>
    public static FieldMessages None { get; } = new([], string.Empty, []);

    /// <summary>The errors among <paramref name="diagnostics"/>, placed on <paramref name="fields"/> of the part at <paramref name="prefix"/>.</summary>
    public FieldMessages(IEnumerable<Diagnostic> diagnostics, string prefix, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(fields);
        var all = new List<FieldMessage>();
        foreach (var diagnostic in diagnostics.Where(d => d.Severity == Severity.Error))
        {
            var message = new FieldMessage(Describe(diagnostic, Say.Language), FieldOf(diagnostic.Path, prefix, fields), diagnostic.Path);
            all.Add(message);
            if (message.Field is { } field)
            {
                (_byField.TryGetValue(field, out var list) ? list : _byField[field] = []).Add(message.Text);
            }
        }

        All = all;
    }

    /// <summary>Every message, in order; the summary at the top of the form lists them.</summary>
    public IReadOnlyList<FieldMessage> All { get; }

    /// <summary>True when <paramref name="field"/> has a message.</summary>
    public bool Has(string field) => _byField.ContainsKey(field);

    /// <summary>The element id of <paramref name="field"/>'s input.</summary>
    public static string Id(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var id = new StringBuilder("f-");
        foreach (var c in field)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_');
        }

        return id.ToString();
    }

    /// <summary>The element id of <paramref name="field"/>'s messages (for <c>aria-describedby</c>).</summary>
    public static string ErrorId(string field) => Id(field) + "-error";

    /// <summary>The messages of <paramref name="field"/> as a paragraph next to its input, or nothing.</summary>
    public IHtmlContent For(string field)
    {
        if (!_byField.TryGetValue(field, out var messages))
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml($"<p class=\"field-error\" id=\"{ErrorId(field)}\">");
        for (var i = 0; i < messages.Count; i++)
        {
            html.AppendHtml(i > 0 ? "<br>" : string.Empty).Append(messages[i]);
        }

        return html.AppendHtml("</p>");
    }

    /// <summary>The attributes that mark <paramref name="field"/>'s input as invalid and tie it to its messages.</summary>
    public IHtmlContent Invalid(string field) => Has(field)
        ? new HtmlString($" aria-invalid=\"true\" aria-describedby=\"{ErrorId(field)}\" class=\"invalid\"")
        : HtmlString.Empty;

    /// <summary>The field of <paramref name="fields"/> (of the part at <paramref name="prefix"/>) that the plan path <paramref name="path"/> concerns, or null.</summary>
    public static string? FieldOf(string path, string prefix, IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(fields);
        return Relative(path, prefix ?? string.Empty) is { } relative ? Place(relative, fields) : null;
    }

    /// <summary>A diagnostic's code, message and hint in <paramref name="language"/>.</summary>
    public static string Describe(Diagnostic diagnostic, Language language)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var hint = diagnostic.Hint is null ? string.Empty : " — " + diagnostic.Hint.In(language);
        return $"{diagnostic.Code}: {diagnostic.Message.In(language)}{hint}";
    }

    private static string? Relative(string path, string prefix)
    {
        if (prefix.Length == 0)
        {
            return path;
        }

        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = path[prefix.Length..];
        return rest.Length == 0 ? string.Empty : rest[0] == '.' ? rest[1..] : rest[0] == '[' ? rest : null;
    }

    private static string? Place(string relative, IReadOnlyList<string> fields)
    {
        if (relative.Length == 0)
        {
            return null;
        }

        return fields.FirstOrDefault(f => f == relative)
            ?? fields.FirstOrDefault(f => f.StartsWith(relative + ".", StringComparison.Ordinal) || f.StartsWith(relative + "[", StringComparison.Ordinal))
            ?? fields.Where(f => relative.StartsWith(f + ".", StringComparison.Ordinal) || relative.StartsWith(f + "[", StringComparison.Ordinal))
                .MaxBy(f => f.Length);
    }
}
