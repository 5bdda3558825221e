using AngleSharp.Dom;

namespace Karsa.Testing;

/// <summary>
/// Narratives written to break a page: raw HTML (scripts, event handlers, frames), links and images
/// with script and data addresses, autolinks and HTML entities. Rendered safely, every one of them is
/// visible text and none is markup.
/// </summary>
public static class HostileMarkdown
{
    /// <summary>The hostile Markdown, one attack a line.</summary>
    public const string Text = """
        Awal <script>alert('skrip')</script> teks.

        <img src=x onerror=alert('gambar')>

        [tautan](javascript:alert('tautan')) dan [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

        ![gambar](javascript:alert('img'))

        <iframe src="https://contoh.invalid/"></iframe>

        <a href="javascript:alert('a')" onclick="alert('klik')">klik</a>

        Autolink <https://contoh.go.id/> dan <javascript:alert('auto')> dan <mailto:warga@contoh.go.id>

        Entitas &lt;script&gt;alert('entitas')&lt;/script&gt; &#60;b&#62;tebal&#60;/b&#62;

        <div style="background:url(javascript:alert('css'))">gaya</div>
        """;

    /// <summary>Texts that must be shown as text: the attacks are visible, not run.</summary>
    public static IReadOnlyList<string> VisibleTexts { get; } =
    [
        "<script>alert('skrip')</script>", "<img src=x onerror=alert('gambar')>", "javascript:alert('tautan')",
        "<iframe src=\"https://contoh.invalid/\">", "<script>alert('entitas')</script>", "<b>tebal</b>",
    ];

    /// <summary>The elements Karsa's own Markdown rendering writes; anything else came from the text.</summary>
    public static IReadOnlySet<string> SafeElements { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "p", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "h3", "h4", "h5", "h6", "br",
        "div", "table", "caption", "thead", "tbody", "tr", "th", "td",
    };

    /// <summary>
    /// What in <paramref name="root"/>'s subtree is markup no Markdown text may produce: an element
    /// outside <see cref="SafeElements"/>, an event handler, a style, a link or a source address.
    /// </summary>
    public static IReadOnlyList<string> UnsafeMarkup(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var found = new List<string>();
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (!SafeElements.Contains(element.LocalName))
            {
                found.Add($"<{element.LocalName}>");
            }

            found.AddRange(element.Attributes
                .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name is "style" or "href" or "src" or "srcdoc" or "action"
                    || a.Value.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
                .Select(a => $"<{element.LocalName} {a.Name}=\"{a.Value}\">"));
        }

        return found;
    }
}
